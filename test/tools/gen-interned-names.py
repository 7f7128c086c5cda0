#!/usr/bin/env python3
# Oracle tool (never called by gilsim or its tests): for each installed CPython 3.8..3.13, lists
# the name-like strings (ASCII letters, digits, '_') that are already interned when
# `python FILE.py` starts compiling FILE (same clean environment as gen-golden.py), and writes
# them as version data:
#   src/versions/py38/interned-names.generated.ts    the full 3.8 list
#   src/versions/py3X/interned-names.generated.ts    3.X = previous version + added - removed
#
# Why it matters: when CPython makes a code object it interns the name-like str constants,
# also those inside frozenset constants; if one of them is replaced by an equal string that
# was interned before (at startup, or an identifier of the module being compiled), the
# frozenset is rebuilt once more from its own iteration order, which can change that order.
#
# How: a probe script runs under each interpreter. Candidates are every string it can reach
# (module and type dicts, code objects' names and constants) plus every word of the version's
# standard-library sources and every string of at most one name character; a candidate s
# counts as interned when sys.intern() of a fresh copy of s returns another object (strings
# of 0 or 1 character cannot be copied: CPython shares one object for each, the one its parser
# uses, so the test is whether the interned string is another object). The probe's own
# identifiers all start with `_zz`, and such candidates are skipped.
#
# Usage: python3 test/tools/gen-interned-names.py [--versions 3.8,3.11]
import argparse
import os
import re
import subprocess
import sys
import tempfile

VERSIONS = ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13']
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WORD = re.compile(rb'[A-Za-z0-9_]{2,}')

PROBE = r'''
import sys
_zzc = set()
_zzseen = set()
def _zzcode(_zzco):
    if id(_zzco) in _zzseen:
        return
    _zzseen.add(id(_zzco))
    for _zzn in _zzco.co_names + _zzco.co_varnames + _zzco.co_freevars + _zzco.co_cellvars + (_zzco.co_name,):
        _zzc.add(_zzn)
    for _zzk in _zzco.co_consts:
        if type(_zzk) is str:
            _zzc.add(_zzk)
        elif hasattr(_zzk, 'co_code'):
            _zzcode(_zzk)
        elif type(_zzk) in (tuple, frozenset):
            for _zzi in _zzk:
                if type(_zzi) is str:
                    _zzc.add(_zzi)
def _zzns(_zzd):
    for _zzk, _zzv in list(_zzd.items()):
        if type(_zzk) is str:
            _zzc.add(_zzk)
        if type(_zzv) is str:
            _zzc.add(_zzv)
        if isinstance(_zzv, (classmethod, staticmethod)):
            _zzv = _zzv.__func__
        _zzf = None if isinstance(_zzv, type) else getattr(_zzv, '__code__', None)
        if _zzf is not None and hasattr(_zzf, 'co_code'):
            _zzcode(_zzf)
def _zztypes():
    _zzstack = [object]
    _zzdone = set()
    while _zzstack:
        _zzt = _zzstack.pop()
        if id(_zzt) in _zzdone:
            continue
        _zzdone.add(id(_zzt))
        _zzc.add(_zzt.__name__)
        _zzns(dict(vars(_zzt)))
        try:
            _zzstack.extend(type.__subclasses__(_zzt))
        except TypeError:
            pass
for _zzm in list(sys.modules.values()):
    _zzns(dict(vars(_zzm)))
_zztypes()
_zzextra = open(sys.argv[1], 'rb').read().decode('ascii').split('\n')
_zzout = []
for _zzs in set(list(_zzc) + _zzextra):
    if type(_zzs) is not str or len(_zzs) < 2 or _zzs.startswith('_zz'):
        continue
    if not _zzs.isascii() or not (_zzs.replace('_', 'a')).isalnum():
        continue
    _zzfresh = (_zzs + '.')[:-1]
    if sys.intern(_zzfresh) is not _zzfresh:
        _zzout.append(_zzs)
for _zzi in range(47, 123):
    _zzs = chr(_zzi) if _zzi > 47 else ''.join([])
    if _zzi > 47 and not chr(_zzi).isalnum() and _zzi != 95:
        continue
    if sys.intern(_zzs) is not _zzs:
        _zzout.append(_zzs)
sys.stdout.write('\n'.join(sorted(set(_zzout))) + '\n')
'''


def find_interpreter(ver):
    try:
        root = subprocess.run(['pyenv', 'root'], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        root = os.path.expanduser('~/.pyenv')
    versions = os.path.join(root, 'versions')
    best = None
    for name in sorted(os.listdir(versions)) if os.path.isdir(versions) else []:
        if name == ver or name.startswith(ver + '.'):
            exe = os.path.join(versions, name, 'bin', 'python')
            if os.path.exists(exe):
                best = exe
    return best


def clean_env():
    # The environment gen-golden.py runs the corpus in.
    env = {k: os.environ[k] for k in ('PATH', 'HOME', 'SYSTEMROOT') if k in os.environ}
    env.update({
        'LANG': 'C.UTF-8', 'LC_ALL': 'C.UTF-8', 'PYTHONIOENCODING': 'utf-8',
        'PYTHONDONTWRITEBYTECODE': '1', 'PYTHONHASHSEED': '0', 'TERM': 'dumb',
        'NO_COLOR': '1', 'PYTHON_COLORS': '0',
    })
    return env


def stdlib_words(exe):
    lib = subprocess.run([exe, '-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'],
                         capture_output=True, text=True, check=True).stdout.strip()
    words = set()
    for dirpath, dirnames, filenames in os.walk(lib):
        dirnames[:] = [d for d in dirnames if d not in ('site-packages', 'test', 'tests', 'idlelib')]
        for f in filenames:
            if f.endswith('.py'):
                with open(os.path.join(dirpath, f), 'rb') as fh:
                    words.update(WORD.findall(fh.read()))
    return sorted(w.decode('ascii') for w in words)


def probe(ver, exe):
    with tempfile.TemporaryDirectory() as tmp:
        cand = os.path.join(tmp, 'candidates.txt')
        with open(cand, 'w', encoding='ascii') as fh:
            fh.write('\n'.join(stdlib_words(exe)))
        script = os.path.join(tmp, 'probe.py')
        with open(script, 'w', encoding='utf-8') as fh:
            fh.write(PROBE)
        p = subprocess.run([exe, script, cand], cwd=ROOT, env=clean_env(), capture_output=True,
                           text=True, check=True)
    words = [w for w in p.stdout.split('\n') if w]
    if '\n\n' in '\n' + p.stdout:
        sys.exit('the empty string is interned apart from its singleton: not representable')
    return words


def chunks(words, width=96):
    line, out = '', []
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = w if not line else line + ' ' + w
    if line:
        out.append(line)
    return out


def ts_string(words):
    return '\n'.join("  '%s ' +" % l for l in chunks(words)) + "\n  ''"


HEADER = '''// GENERATED FILE - DO NOT EDIT. Produced by test/tools/gen-interned-names.py from CPython %s.
// Stage: version data; depends on nothing%s. The name-like strings already
// interned when `python FILE.py` starts compiling FILE (PYTHONHASHSEED=0, gen-golden.py's env).
'''


def write_version(ver, full, words, prev_words):
    tag = 'py' + ver.replace('.', '')
    path = os.path.join(ROOT, 'src', 'versions', tag, 'interned-names.generated.ts')
    if prev_words is None:
        body = (HEADER % (full, '') + '\n/** Space-separated. */\nexport const internedNames%s: string =\n%s;\n'
                % (ver.replace('.', ''), ts_string(words)))
    else:
        prev_ver = VERSIONS[VERSIONS.index(ver) - 1]
        ptag = 'py' + prev_ver.replace('.', '')
        added = sorted(set(words) - set(prev_words))
        removed = sorted(set(prev_words) - set(words))
        body = (HEADER % (full, ' but the previous list') +
                "// %s = %s + added - removed.\n" % (ver, prev_ver) +
                "import { internedNames%s } from '../%s/interned-names.generated.js';\n\n" % (prev_ver.replace('.', ''), ptag) +
                'const added: string =\n%s;\n\nconst removed: string =\n%s;\n\n' % (ts_string(added), ts_string(removed)) +
                'const gone = new Set(removed.split(\' \'));\n\n/** Space-separated. */\n' +
                'export const internedNames%s: string = internedNames%s.split(\' \').filter((w) => w && !gone.has(w)).join(\' \') + \' \' + added;\n'
                % (ver.replace('.', ''), prev_ver.replace('.', '')))
    with open(path, 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(body)
    print('%s: %d names -> %s' % (ver, len(words), os.path.relpath(path, ROOT)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--versions', default=','.join(VERSIONS))
    args = ap.parse_args()
    wanted = args.versions.split(',')
    prev = None
    for ver in VERSIONS:
        exe = find_interpreter(ver)
        if exe is None:
            sys.exit('no CPython %s found' % ver)
        words = probe(ver, exe)
        if ver in wanted:
            full = subprocess.run([exe, '-c', 'import platform; print(platform.python_version())'],
                                  capture_output=True, text=True, check=True).stdout.strip()
            write_version(ver, full, words, prev)
        prev = words


if __name__ == '__main__':
    main()
