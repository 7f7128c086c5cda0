"""Record code-object attributes CPython 3.8 produces (those `dis` does not print: stack size,
flags, lnotab, argument counts, variable tuples) for gilsim's compiler unit tests.

Usage: python3.8 test/tools/gen-code-facts.py > test/unit/compiler/fixtures/py38-code-facts.json
Compiles test/corpus/dis/*.py and test/unit/compiler/fixtures/*.py. Tests never run Python.
"""
import glob, json, os, types

def facts(co):
    out = {
        "name": co.co_name, "argcount": co.co_argcount, "posonlyargcount": co.co_posonlyargcount,
        "kwonlyargcount": co.co_kwonlyargcount, "nlocals": co.co_nlocals, "stacksize": co.co_stacksize,
        "flags": co.co_flags, "firstlineno": co.co_firstlineno, "lnotab": co.co_lnotab.hex(),
        "code": co.co_code.hex(), "names": list(co.co_names), "varnames": list(co.co_varnames),
        "cellvars": list(co.co_cellvars), "freevars": list(co.co_freevars),
        "children": [facts(c) for c in co.co_consts if isinstance(c, types.CodeType)],
    }
    return out

root = os.path.join(os.path.dirname(__file__), "..", "..")
files = sorted(glob.glob(os.path.join(root, "test/corpus/dis/*.py"))) + sorted(glob.glob(os.path.join(root, "test/unit/compiler/fixtures/*.py")))
result = {}
for path in files:
    rel = os.path.relpath(path, root)
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    result[rel] = {"source": text, "code": facts(compile(text, rel, "exec"))}
print(json.dumps(result, indent=0))
