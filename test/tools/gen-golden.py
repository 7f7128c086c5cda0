#!/usr/bin/env python3
# Oracle tool (never called by gilsim or its tests): runs the real CPython interpreters over
# the test corpus and writes the golden files that test/golden/*.test.ts compare gilsim with.
#
# Usage, from anywhere (it works from the repo root):
#   python3 test/tools/gen-golden.py [--versions 3.8,3.12] [--only dis|run] [--names a_01,b_02] [--check]
#
# --names limits generation to the named programs (file names without .py, any corpus dir) and
# leaves every other golden in place (without it, each golden folder is rebuilt from scratch).
#
# For each version (default: every installed CPython of 3.8..3.13, found through pyenv):
#   dis:  for every test/corpus/dis/NAME.py runs `python -m dis test/corpus/dis/NAME.py`
#         -> test/golden/dis/<ver>/NAME.dis
#   run:  for every test/corpus/{run,memory,seed}/NAME.py runs `python test/corpus/<dir>/NAME.py`
#         -> test/golden/run/<ver>/<dir>/NAME.out (stdout), NAME.err (stderr), NAME.exit (status)
#         (stdout and stderr get the same address normalisation as dis output, for dis.dis calls;
#         and since 3.9 makes the script's file name absolute in tracebacks, the absolute repo
#         root followed by '/' is replaced by '<REPO>/'; corpus.ts applies both rules to gilsim;
#         the goldens keep the interpreter's real standard-library paths, e.g. thread tracebacks'
#         /root/.pyenv/.../lib/python3.8/threading.py: corpus.ts maps any .../lib/python3.X/
#         prefix to <PYTHON_LIB>/ on both sides before comparing)
# Both run with the repo root as working directory and the path relative to it, so file names
# in tracebacks and code-object reprs read `test/corpus/...`. Each run program is executed twice
# and the script fails if the two results differ (the run corpus must be deterministic).
#
# Address normalisation (the same rule lives in test/helpers/corpus.ts normaliseAddresses and
# is applied there to gilsim's output): every `at 0x<hex>` (a code object's id in its repr) is
# rewritten to `at 0x<NNNN>` where NNNN is the 4-digit, 1-based index of that address in order of
# first appearance in the whole text. Distinct objects therefore stay distinct, the same object
# keeps one number, and the golden never depends on where CPython's allocator put things.
#
# --check only validates the corpus: every file must stay inside gilsim's Python subset (no
# walrus, match, positional-only params, annotations, yield/generators, async, complex or bytes
# literals; checked on the AST of the interpreter running this script) and compile on each version
# without any warning (-W error: a SyntaxWarning would pollute the goldens' stderr).
import argparse
import ast
import os
import re
import shutil
import subprocess
import sys

VERSIONS = ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13']
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RUN_DIRS = ['run', 'memory', 'seed']
SEED_SOURCE = '/work/shared/seed/cells'
# Seed cells whose output depends on thread timing: copied nowhere, no golden.
SEED_NONDETERMINISTIC = {'unsafe_counter.py'}
TIMEOUT = 120

ROOT_PLACEHOLDER = '<REPO>'
ADDRESS = re.compile(r'at 0x[0-9a-fA-F]+')


def normalise_addresses(text):
    seen = {}

    def repl(m):
        key = m.group(0)
        if key not in seen:
            seen[key] = 'at 0x%04d' % (len(seen) + 1)
        return seen[key]

    return ADDRESS.sub(repl, text)


def normalise_run_output(text):
    # 3.9+ make the __main__ file name absolute, so tracebacks read /abs/repo/test/corpus/...
    # The repo root is replaced by ROOT_PLACEHOLDER so goldens do not depend on the checkout.
    return normalise_addresses(text.replace(ROOT + os.sep, ROOT_PLACEHOLDER + '/'))


def find_interpreter(ver):
    try:
        root = subprocess.run(['pyenv', 'root'], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        root = os.path.expanduser('~/.pyenv')
    versions = os.path.join(root, 'versions')
    if os.path.isdir(versions):
        for name in sorted(os.listdir(versions), reverse=True):
            if name == ver or name.startswith(ver + '.'):
                exe = os.path.join(versions, name, 'bin', 'python')
                if os.path.exists(exe):
                    return exe
    return None


def clean_env():
    env = {k: os.environ[k] for k in ('PATH', 'HOME', 'SYSTEMROOT') if k in os.environ}
    env.update({
        'LANG': 'C.UTF-8', 'LC_ALL': 'C.UTF-8', 'PYTHONIOENCODING': 'utf-8',
        'PYTHONDONTWRITEBYTECODE': '1', 'PYTHONHASHSEED': '0', 'TERM': 'dumb',
        'NO_COLOR': '1', 'PYTHON_COLORS': '0',
    })
    return env


def corpus(dirname):
    folder = os.path.join(ROOT, 'test', 'corpus', dirname)
    if not os.path.isdir(folder):
        return []
    return sorted(n for n in os.listdir(folder) if n.endswith('.py'))


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write(text)


def run(exe, args):
    p = subprocess.run([exe] + args, cwd=ROOT, env=clean_env(), capture_output=True, timeout=TIMEOUT)
    return p.stdout.decode('utf-8'), p.stderr.decode('utf-8'), p.returncode


def copy_seed():
    if not os.path.isdir(SEED_SOURCE):
        return
    dest = os.path.join(ROOT, 'test', 'corpus', 'seed')
    os.makedirs(dest, exist_ok=True)
    for name in sorted(os.listdir(SEED_SOURCE)):
        if name.endswith('.py') and name not in SEED_NONDETERMINISTIC:
            shutil.copyfile(os.path.join(SEED_SOURCE, name), os.path.join(dest, name))


def selected(names, dirname):
    progs = corpus(dirname)
    return progs if names is None else [n for n in progs if n[:-3] in names]


def gen_dis(ver, exe, names=None):
    out_dir = os.path.join(ROOT, 'test', 'golden', 'dis', ver)
    if names is None:
        shutil.rmtree(out_dir, ignore_errors=True)
    failures = 0
    for name in selected(names, 'dis'):
        rel = 'test/corpus/dis/' + name
        stdout, stderr, code = run(exe, ['-m', 'dis', rel])
        if code != 0:
            print('  %s: python -m dis failed on %s:\n%s' % (ver, rel, stderr), file=sys.stderr)
            failures += 1
            continue
        write(os.path.join(out_dir, name[:-3] + '.dis'), normalise_addresses(stdout))
    return failures


def normalised(result):
    stdout, stderr, code = result
    return normalise_run_output(stdout), normalise_run_output(stderr), code


def gen_run(ver, exe, names=None):
    failures = 0
    for dirname in RUN_DIRS:
        out_dir = os.path.join(ROOT, 'test', 'golden', 'run', ver, dirname)
        if names is None:
            shutil.rmtree(out_dir, ignore_errors=True)
        for name in selected(names, dirname):
            rel = 'test/corpus/%s/%s' % (dirname, name)
            # compared after address normalisation: an object's address differs run to run
            first, second = (normalised(run(exe, [rel])) for _ in range(2))
            if first != second:
                print('  %s: %s is not deterministic' % (ver, rel), file=sys.stderr)
                failures += 1
                continue
            stdout, stderr, code = first
            base = os.path.join(out_dir, name[:-3])
            write(base + '.out', stdout)
            write(base + '.err', stderr)
            write(base + '.exit', '%d\n' % code)
    return failures


FORBIDDEN = {
    'NamedExpr': 'walrus', 'Match': 'match', 'AnnAssign': 'annotation', 'Yield': 'yield',
    'YieldFrom': 'yield from', 'GeneratorExp': 'generator expression', 'Await': 'await',
    'AsyncFunctionDef': 'async def', 'AsyncFor': 'async for', 'AsyncWith': 'async with',
    'TryStar': 'except*', 'TypeAlias': 'type alias',
}


def subset_problems(path):
    with open(path, encoding='utf-8') as f:
        tree = ast.parse(f.read(), path)
    problems = []
    for node in ast.walk(tree):
        kind = type(node).__name__
        line = getattr(node, 'lineno', 0)
        if kind in FORBIDDEN:
            problems.append('%s:%d: %s' % (path, line, FORBIDDEN[kind]))
        if isinstance(node, ast.arguments) and node.posonlyargs:
            problems.append('%s: positional-only parameters' % path)
        if isinstance(node, ast.arg) and node.annotation is not None:
            problems.append('%s:%d: annotation' % (path, line))
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and getattr(node, 'type_params', None):
            problems.append('%s:%d: type parameters' % (path, line))
        if isinstance(node, ast.FunctionDef) and node.returns is not None:
            problems.append('%s:%d: return annotation' % (path, line))
        if isinstance(node, ast.Constant) and isinstance(node.value, (complex, bytes)):
            problems.append('%s:%d: %s literal' % (path, line, type(node.value).__name__))
    return problems


def check(versions):
    problems = []
    for dirname in ['dis'] + RUN_DIRS:
        for name in corpus(dirname):
            if dirname == 'seed':
                continue
            problems += subset_problems(os.path.join(ROOT, 'test', 'corpus', dirname, name))
    for ver, exe in versions:
        for dirname in ['dis'] + RUN_DIRS:
            for name in corpus(dirname):
                rel = 'test/corpus/%s/%s' % (dirname, name)
                src = 'import sys\nwith open(sys.argv[1], encoding="utf-8") as f: compile(f.read(), sys.argv[1], "exec")'
                _, err, code = run(exe, ['-W', 'error', '-c', src, rel])
                if code != 0:
                    problems.append('%s: does not compile on %s: %s' % (rel, ver, err.strip().splitlines()[-1]))
    for p in problems:
        print(p, file=sys.stderr)
    print('check: %d problem(s)' % len(problems))
    return 1 if problems else 0


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--versions', default=','.join(VERSIONS))
    ap.add_argument('--only', choices=['dis', 'run'])
    ap.add_argument('--names', help='comma-separated program names: regenerate only these')
    ap.add_argument('--check', action='store_true')
    args = ap.parse_args(argv)
    versions = []
    for ver in args.versions.split(','):
        exe = find_interpreter(ver.strip())
        if exe is None:
            print('skip %s: no interpreter installed' % ver, file=sys.stderr)
            continue
        versions.append((ver.strip(), exe))
    if args.check:
        return check(versions)
    names = None if args.names is None else set(n.strip() for n in args.names.split(',') if n.strip())
    if names is None:
        copy_seed()
    failures = 0
    for ver, exe in versions:
        if args.only in (None, 'dis'):
            failures += gen_dis(ver, exe, names)
        if args.only in (None, 'run'):
            failures += gen_run(ver, exe, names)
        print('%s: done' % ver)
    if failures:
        print('%d failure(s)' % failures, file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
