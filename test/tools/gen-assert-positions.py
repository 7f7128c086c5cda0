"""Record, per instruction, the source positions (co_positions) CPython 3.11+ gives the code of
assert statements: test expressions of several shapes, with and without a message, in functions,
loops and at module level. For gilsim's compiler tests; tests never run Python.

Usage: python3.X test/tools/gen-assert-positions.py > test/unit/compiler/fixtures/py3X-assert-positions.json
(X = 11, 12, 13). Each entry: the program text and, per code object (depth-first), the
instructions as [offset, opname, lineno, end_lineno, col_offset, end_col_offset] (None: no position).
"""
import dis, json, sys, types

PROGRAMS = {
    "name_test": "def f(x):\n    assert x\n    return x\n",
    "compare_msg": "def check(xs):\n    assert len(xs) > 0, \"list is empty\"\n    return xs[0]\n",
    "compare_concat_msg": "def h(x, y):\n    assert x == y, 'bad ' + str(x)\n",
    "call_test": "def g(xs):\n    assert isinstance(xs, list)\n    assert xs.count(1), xs\n",
    "bool_ops": "def b(x, y):\n    assert x and y\n    assert x or y, 'neither'\n    assert not x\n",
    "chained_compare": "def c(a, b, c):\n    assert a < b < c, (a, b, c)\n",
    "module_level": "x = [1]\nassert x\nassert len(x) == 1, 'one'\nprint(x)\n",
    "in_loop": "def l(xs):\n    for x in xs:\n        assert x >= 0, x\n    while xs:\n        assert xs.pop()\n",
    "in_try": "def t(x):\n    try:\n        assert x, 'x'\n    except AssertionError:\n        return 0\n    return 1\n",
    "multiline": "def m(x):\n    assert (x is not None\n            and x > 1), (\n        'bad')\n",
    "identity_membership": "def i(x, ys):\n    assert x is not None\n    assert x in ys, ys\n    assert 0 <= x < 10\n",
    "constant_test": "def k(x):\n    if x:\n        assert False, 'never'\n    else:\n        assert 1\n    return x\n",
    "attribute_subscript": "def a(o, d):\n    assert o.ready\n    assert d['k'], d\n",
}


def positions(co):
    rows = []
    for ins in dis.get_instructions(co):
        p = ins.positions
        rows.append([ins.offset, ins.opname, p.lineno, p.end_lineno, p.col_offset, p.end_col_offset])
    out = [{"name": co.co_name, "instructions": rows}]
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            out.extend(positions(c))
    return out


result = {}
for name, text in PROGRAMS.items():
    result[name] = {"source": text, "codes": positions(compile(text, name + ".py", "exec"))}
# One instruction per line: the fixture diffs read like dis output.
lines = ["{"]
for k, (name, entry) in enumerate(result.items()):
    lines.append(" %s: {\"source\": %s, \"codes\": [" % (json.dumps(name), json.dumps(entry["source"])))
    for j, code in enumerate(entry["codes"]):
        lines.append("  {\"name\": %s, \"instructions\": [" % json.dumps(code["name"]))
        rows = [json.dumps(r) for r in code["instructions"]]
        lines.append(",\n".join("   " + r for r in rows))
        lines.append("  ]}" + ("," if j < len(entry["codes"]) - 1 else ""))
    lines.append(" ]}" + ("," if k < len(result) - 1 else ""))
lines.append("}")
print("\n".join(lines))
