#!/usr/bin/env python3
# Oracle tool (never called by gilsim or its tests): differential fuzzing of the front end.
# Writes N mutated copies of corpus programs to OUTDIR (default /tmp/gilsim-syntax-fuzz) and, for
# each one python3.8 rejects, CPython's exact stderr as NAME.err (run from OUTDIR with the bare
# file name). Then compare with gilsim:
#   GILSIM_FUZZ_DIR=/tmp/gilsim-syntax-fuzz npx vitest run test/unit/syntax/fuzz-compare.test.ts
# Mismatches worth keeping go into test/corpus/syntax-errors (then run gen-syntax-errors.py).
# Usage: python3 test/tools/fuzz-syntax-errors.py [--seed S] [--count N] [--out DIR] [FILES...]
import argparse, glob, os, random, subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PY38 = os.path.join(subprocess.check_output(['pyenv', 'root'], text=True).strip(), 'versions', '3.8.18', 'bin', 'python')
TOKENS = ['(', ')', '[', ']', '{', '}', ':', ',', '=', '==', 'if', 'else', 'for', 'in', 'lambda', '*', '**',
          '.', 'x', '1', "'s'", 'f"{x}"', '\n', '    ', '\t', '\\', '#', 'not', 'yield', 'return', 'def',
          'class', 'async', 'await', ';', '@', '->', ':=', '!', 'r', '"""', "'", '"', 'global x',
          'nonlocal x', 'break', 'continue', 'del', 'is', 'and', 'or', '0x', '1e', '.5', 'é', '$', '😀',
          '\x0c', '日本', '\\\n']
CHECK = '''
import sys
try:
    compile(open(sys.argv[1], "rb").read(), sys.argv[1], "exec")
except SyntaxError:
    sys.exit(7)
'''


def mutate(lines, rng):
    start = rng.randrange(len(lines))
    text = '\n'.join(lines[start:start + rng.randint(1, 15)]) + ('\n' if rng.random() < 0.9 else '')
    for _ in range(rng.randint(1, 3)):
        pos = rng.randrange(len(text) + 1)
        op = rng.random()
        if op < 0.4:
            text = text[:pos] + rng.choice(TOKENS) + text[pos:]
        elif op < 0.8:
            text = text[:pos] + text[pos + rng.randint(1, 4):]
        else:
            text = text[:pos] + ' ' + rng.choice(TOKENS) + ' ' + text[pos:]
    return text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--count', type=int, default=500)
    ap.add_argument('--out', default='/tmp/gilsim-syntax-fuzz')
    ap.add_argument('files', nargs='*')
    a = ap.parse_args()
    files = a.files or sorted(glob.glob(os.path.join(ROOT, 'test', 'corpus', 'ast', '*.py')))
    lines = ''.join(open(f, encoding='utf-8').read() for f in files).split('\n')
    os.makedirs(a.out, exist_ok=True)
    for f in glob.glob(os.path.join(a.out, 'f*.py')) + glob.glob(os.path.join(a.out, 'f*.err')):
        os.remove(f)
    rng = random.Random(a.seed)
    rejected = 0
    for i in range(a.count):
        name = f'f{i:04d}.py'
        with open(os.path.join(a.out, name), 'w', encoding='utf-8') as fh:
            fh.write(mutate(lines, rng))
        if subprocess.run([PY38, '-c', CHECK, name], cwd=a.out).returncode == 7:
            rejected += 1
            r = subprocess.run([PY38, name], cwd=a.out, capture_output=True, timeout=30)
            with open(os.path.join(a.out, name[:-3] + '.err'), 'wb') as fh:
                fh.write(r.stderr)
    print(f'{a.count} programs in {a.out}, {rejected} rejected by python3.8')


if __name__ == '__main__':
    main()
