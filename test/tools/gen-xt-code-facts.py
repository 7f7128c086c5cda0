"""Record the code-object bytes CPython 3.11+ produces that `dis` does not fully show: co_code
(with inline caches), co_linetable (positions), co_exceptiontable, stack size, name tuples.
For gilsim's exception-table-era compiler tests; tests never run Python.

Usage: python3.X test/tools/gen-xt-code-facts.py > test/unit/compiler/fixtures/py3X-xt-code-facts.json
(X = 11, 12, 13). Compiles test/corpus/dis/*.py and test/corpus/run/*.py.
"""
import glob, json, os, types

def facts(co):
    return {
        "name": co.co_name, "qualname": co.co_qualname, "stacksize": co.co_stacksize,
        "firstlineno": co.co_firstlineno, "code": co.co_code.hex(),
        "linetable": co.co_linetable.hex(), "exceptiontable": co.co_exceptiontable.hex(),
        "names": list(co.co_names), "varnames": list(co.co_varnames),
        "cellvars": list(co.co_cellvars), "freevars": list(co.co_freevars),
        "children": [facts(c) for c in co.co_consts if isinstance(c, types.CodeType)],
    }

root = os.path.join(os.path.dirname(__file__), "..", "..")
result = {}
for path in sorted(glob.glob(os.path.join(root, "test/corpus/dis/*.py"))) + sorted(glob.glob(os.path.join(root, "test/corpus/run/*.py"))):
    rel = os.path.relpath(path, root)
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    result[rel] = facts(compile(text, rel, "exec"))
print(json.dumps(result, indent=0))
