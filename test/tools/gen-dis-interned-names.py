#!/usr/bin/env python3
# Oracle tool (never called by gilsim or its tests): for each installed CPython 3.8..3.13, lists
# how the name-like strings already interned when `python -m dis FILE` compiles FILE (the way
# gen-golden.py makes the dis goldens) differ from those interned when `python FILE.py` starts
# compiling FILE (gen-interned-names.py's list): runpy, dis, opcode, argparse... are loaded
# first. Writes src/versions/pyXY/dis-interned-names.generated.ts (added and removed words).
#
# Why: a frozenset constant holding one of those strings is built once more (see
# src/versions/frozenset-builds.ts), which can change the order `dis` prints.
#
# How: the probe script of gen-interned-names.py, preceded by running the dis module as
# __main__ through runpy on an empty file (what `python -m dis` does), its output discarded.
#
# Usage: python3 test/tools/gen-dis-interned-names.py [--versions 3.8,3.11]
import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location('gen_interned_names', os.path.join(HERE, 'gen-interned-names.py'))
gin = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gin)

PRELUDE = r'''
import sys, io, runpy
_zzargv = sys.argv
_zzstdout = sys.stdout
sys.argv = ['dis', _zzargv[2]]
sys.stdout = io.StringIO()
runpy._run_module_as_main('dis')
sys.stdout = _zzstdout
sys.argv = _zzargv
'''

HEADER = '''// GENERATED FILE - DO NOT EDIT. Produced by test/tools/gen-dis-interned-names.py from CPython %s.
// Stage: version data; depends on nothing. How the name-like strings already interned when
// `python -m dis FILE` compiles FILE differ from those interned when `python FILE.py` starts
// compiling FILE (interned-names.generated.ts), PYTHONHASHSEED=0, gen-golden.py's env.
'''


def probe_dis(exe):
    with tempfile.TemporaryDirectory() as tmp:
        cand = os.path.join(tmp, 'candidates.txt')
        with open(cand, 'w', encoding='ascii') as fh:
            fh.write('\n'.join(gin.stdlib_words(exe)))
        empty = os.path.join(tmp, 'empty.py')
        open(empty, 'w').close()
        script = os.path.join(tmp, 'probe.py')
        with open(script, 'w', encoding='utf-8') as fh:
            fh.write(PRELUDE + gin.PROBE)
        p = subprocess.run([exe, script, cand, empty], cwd=gin.ROOT, env=gin.clean_env(),
                           capture_output=True, text=True, check=True)
    return [w for w in p.stdout.split('\n') if w]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--versions', default=','.join(gin.VERSIONS))
    args = ap.parse_args()
    for ver in args.versions.split(','):
        exe = gin.find_interpreter(ver)
        if exe is None:
            sys.exit('no CPython %s found' % ver)
        run_words = set(gin.probe(ver, exe))
        dis_words = set(probe_dis(exe))
        added = sorted(dis_words - run_words)
        removed = sorted(run_words - dis_words)
        full = subprocess.run([exe, '-c', 'import platform; print(platform.python_version())'],
                              capture_output=True, text=True, check=True).stdout.strip()
        tag = ver.replace('.', '')
        path = os.path.join(gin.ROOT, 'src', 'versions', 'py' + tag, 'dis-interned-names.generated.ts')
        body = (HEADER % full +
                '\n/** Interned under `-m dis` only (space-separated). */\nexport const disInternedAdded%s: string =\n%s;\n'
                % (tag, gin.ts_string(added)) +
                '\n/** Interned under `python FILE.py` only (space-separated). */\nexport const disInternedRemoved%s: string =\n%s;\n'
                % (tag, gin.ts_string(removed)))
        with open(path, 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(body)
        print('%s: +%d -%d -> %s' % (ver, len(added), len(removed), os.path.relpath(path, gin.ROOT)))


if __name__ == '__main__':
    main()
