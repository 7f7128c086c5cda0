"""Facts from real CPython 3.8 for gilsim's dis unit tests: repr() of constants (frozenset
iteration order, floats, complex, strings) and dis.dis output of small seed programs.

Usage: python3.8 test/tools/gen-dis-fixtures.py > test/unit/dis/fixtures/py38-facts.json
Tests read the committed JSON and never run Python.
"""
import json, random, dis, io, sys, contextlib

random.seed(38)
sets = []
for n in range(1, 40):
    size = random.randint(1, 12)
    items = [random.choice([random.randint(-50, 50), random.randint(0, 2**70), random.randint(-300, 300) * 8]) for _ in range(size)]
    src = "x in {%s}" % ", ".join(map(str, items))
    const = [c for c in compile(src, "f", "eval").co_consts if isinstance(c, frozenset)][0]
    sets.append({"items": [str(i) for i in items], "repr": repr(const)})

floats = [0.1, 1e16, 1e15, 123456789012345.6, 1e-4, 1e-5, 2.5e-7, 1e22, -0.0, 0.0, 1.7976931348623157e308,
          5e-324, 3.141592653589793, 100.0, 1234.5678, float("inf"), -float("inf")]
complexes = [[0.0, 1.0], [1.0, 2.0], [1.0, -2.0], [-0.0, 1.0], [0.0, 1e20], [2.5, 0.0], [0.0, -3.5]]
strings = ["plain", "it's", 'say "x"', "both ' \"", "tab\tnl\ncr\r", "\x00\x7f\x80\xff", "\u1234\u2028",
           "\U0001f600", "back\\slash", "\ud800"]

def dis_of(src):
    ns = {}
    out = io.StringIO()
    code = compile(src, "cell.py", "exec")
    with contextlib.redirect_stdout(io.StringIO()):
        exec(code, ns)
    dis.dis(ns["foo"], file=out)
    return out.getvalue()

cells = {
    "dis_inplace": "import dis\n\ndef foo():\n    a = 1\n    a += 1\n\ndis.dis(foo)\n",
    "dis_sort": "import dis\n\ndef foo():\n    lst = [4, 1]\n    lst.sort()\n\ndis.dis(foo)\n",
    "nested": "def foo(xs):\n    return [x for x in xs if x]\n",
}
print(json.dumps({
    "frozensets": sets,
    "floats": [{"value": repr(f), "repr": repr(f)} for f in floats],
    "complexes": [{"real": repr(r), "imag": repr(i), "repr": repr(complex(r, i))} for r, i in complexes],
    "strings": [{"codepoints": [ord(ch) for ch in s], "repr": repr(s)} for s in strings],
    "dis_function": [{"name": k, "source": v, "dis": dis_of(v)} for k, v in cells.items()],
}, indent=1))
