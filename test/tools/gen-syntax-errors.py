#!/usr/bin/env python3
# Oracle tool (never called by gilsim or its tests): runs real CPython 3.8 on every
# test/corpus/syntax-errors/NAME.py and writes its exact stderr to
# test/golden/syntax-errors/3.8/NAME.err. Run from anywhere; it runs python with the repo root
# as working directory and the relative path `test/corpus/syntax-errors/NAME.py`, so the
# `File "..."` line of each golden carries that path (the unit test builds its SourceFile with
# the same path). test/unit/syntax/syntax-errors.test.ts compares gilsim's message byte for byte.
import os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PY38 = os.path.join(subprocess.check_output(['pyenv', 'root'], text=True).strip(), 'versions', '3.8.18', 'bin', 'python')


def main():
    src_dir = os.path.join('test', 'corpus', 'syntax-errors')
    out_dir = os.path.join(ROOT, 'test', 'golden', 'syntax-errors', '3.8')
    os.makedirs(out_dir, exist_ok=True)
    names = sorted(n for n in os.listdir(os.path.join(ROOT, src_dir)) if n.endswith('.py'))
    bad = []
    for name in names:
        rel = os.path.join(src_dir, name)
        r = subprocess.run([PY38, rel], cwd=ROOT, capture_output=True, timeout=30)
        if r.returncode == 0 or not any(k in r.stderr for k in (b'SyntaxError', b'IndentationError', b'TabError')):
            bad.append(name)
        with open(os.path.join(out_dir, name[:-3] + '.err'), 'wb') as f:
            f.write(r.stderr)
    print(f'wrote {len(names)} goldens')
    if bad:
        print('these programs did not fail with a SyntaxError (remove them):', ', '.join(bad), file=sys.stderr)
        sys.exit(1)


if __name__ == '__main__':
    main()
