"""Dump a Python 3.8 AST as JSON in gilsim's ast.ts shape (test fixtures for the compiler).

Usage: python3.8 test/tools/ast-json.py FILE.py > FILE.ast.json
Only for generating committed fixtures; gilsim and its tests never run Python.
"""
import ast, json, sys, math

def const(v):
    if v is None: return {"kind": "none"}
    if v is Ellipsis: return {"kind": "ellipsis"}
    if isinstance(v, bool): return {"kind": "bool", "value": v}
    if isinstance(v, int): return {"kind": "int", "value": str(v)}
    if isinstance(v, float): return {"kind": "float", "value": repr(v)}
    if isinstance(v, complex): return {"kind": "complex", "real": repr(v.real), "imag": repr(v.imag)}
    if isinstance(v, str): return {"kind": "str", "value": v}
    if isinstance(v, bytes): return {"kind": "bytes", "value": list(v)}
    if isinstance(v, tuple): return {"kind": "tuple", "items": [const(x) for x in v]}
    if isinstance(v, frozenset): return {"kind": "frozenset", "items": [const(x) for x in v]}
    raise TypeError(type(v))

def node(n):
    if isinstance(n, list): return [node(x) for x in n]
    if not isinstance(n, ast.AST): return n
    name = type(n).__name__
    if isinstance(n, (ast.Load, ast.Store, ast.Del, ast.AugLoad, ast.AugStore, ast.Param)): return name
    if isinstance(n, (ast.operator, ast.unaryop, ast.boolop, ast.cmpop)): return name
    out = {"type": name}
    for f in n._fields:
        v = getattr(n, f)
        if name == "Constant" and f == "value": out[f] = const(v); continue
        key = "exc_type" if (name == "ExceptHandler" and f == "type") else f
        if name == "FormattedValue" and f == "conversion": out[key] = v if v is not None else -1; continue
        out[key] = node(v)
    for a in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
        if hasattr(n, a): out[a] = getattr(n, a)
    return out

src = open(sys.argv[1], encoding="utf-8").read()
print(json.dumps(node(ast.parse(src, sys.argv[1])), separators=(",", ":")))
