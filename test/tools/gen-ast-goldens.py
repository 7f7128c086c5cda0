#!/usr/bin/env python3
# Oracle tool (never called by gilsim or its tests): parses every test/corpus/**/*.py (except
# test/corpus/syntax-errors) with real CPython 3.8's ast.parse and writes the AST, with all
# positions, as JSON to test/golden/ast/3.8/<path under test/corpus>.json. The front-end test
# (test/unit/syntax/ast-golden.test.ts) compares gilsim's parser output with these files.
#
# Usage (from the repo root): python3 test/tools/gen-ast-goldens.py
# JSON shape: nodes are {"_type": Name, <fields in CPython order>, <position attributes>};
# contexts and operators are their class name as a string; Constant values are tagged lists:
# ["None"], ["Ellipsis"], ["bool", b], ["int", "123"], ["float", "repr"], ["complex", "re", "im"],
# ["str", s], ["bytes", "hex"]. type_comment fields and Module.type_ignores are left out.
# The Module also carries "_compile_error": null when compile() accepts the file, else
# [kind, msg, lineno] of the SyntaxError compile() raises (symtable/compiler stage), and
# "_source_sha1" so the test can tell a stale golden (source edited since) from a parser bug.
import hashlib, json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PY38 = os.path.join(subprocess.check_output(['pyenv', 'root'], text=True).strip(), 'versions', '3.8.18', 'bin', 'python')

DUMPER = r'''
import ast, json, sys
def const(v):
    if v is None: return ["None"]
    if v is Ellipsis: return ["Ellipsis"]
    if isinstance(v, bool): return ["bool", v]
    if isinstance(v, int): return ["int", str(v)]
    if isinstance(v, float): return ["float", repr(v)]
    if isinstance(v, complex): return ["complex", repr(v.real), repr(v.imag)]
    if isinstance(v, str): return ["str", v]
    if isinstance(v, bytes): return ["bytes", v.hex()]
    raise TypeError(type(v))
def conv(n):
    if isinstance(n, list): return [conv(x) for x in n]
    if not isinstance(n, ast.AST): return n
    name = type(n).__name__
    if not n._fields and not n._attributes: return name
    out = {"_type": name}
    for f in n._fields:
        if f in ("type_comment", "type_ignores"): continue
        v = getattr(n, f, None)
        out[f] = const(v) if name == "Constant" and f == "value" else conv(v)
    for a in n._attributes:
        if hasattr(n, a): out[a] = getattr(n, a)
    return out
for path in sys.argv[1:]:
    src = open(path, "rb").read()
    try:
        res = conv(ast.parse(src, path))
        try:
            compile(src, path, "exec")
            res["_compile_error"] = None
        except SyntaxError as e:
            res["_compile_error"] = [type(e).__name__, e.msg, e.lineno]
    except SyntaxError as e:
        res = {"error": [type(e).__name__, e.msg, e.lineno, e.offset]}
    sys.stdout.write(json.dumps(res) + "\n")
'''


def main():
    corpus = os.path.join(ROOT, 'test', 'corpus')
    files = []
    for d, _, names in os.walk(corpus):
        rel = os.path.relpath(d, corpus)
        if rel.split(os.sep)[0] == 'syntax-errors':
            continue
        files += [os.path.join(d, n) for n in sorted(names) if n.endswith('.py')]
    files.sort()
    out = subprocess.run([PY38, '-c', DUMPER] + files, check=True, capture_output=True, text=True).stdout
    lines = out.splitlines()
    assert len(lines) == len(files)
    for path, line in zip(files, lines):
        rel = os.path.relpath(path, corpus)
        data = json.loads(line)
        with open(path, 'rb') as f:
            data['_source_sha1'] = hashlib.sha1(f.read()).hexdigest()
        line = json.dumps(data)
        dest = os.path.join(ROOT, 'test', 'golden', 'ast', '3.8', rel[:-3] + '.json')
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, 'w') as f:
            f.write(line + '\n')
    print(f'wrote {len(files)} AST goldens')


if __name__ == '__main__':
    main()
