"""Oracle facts for gilsim's 3.8/3.9/3.10 compiler tests beyond the dis corpus: `python -m dis`
text of small programs that exercise shapes where the versions differ (comprehension
temporaries, try/except/else/finally exits, with in loops, constant tests, large displays and
calls, line numbers of multi-line statements).

Usage: python3 test/tools/gen-version-dis-fixtures.py > test/unit/versions/fixtures/dis-snippets.json
(runs each installed CPython 3.8-3.10 as a subprocess). Tests read the committed JSON and never
run Python.
"""
import json, os, subprocess, sys, tempfile

VERSIONS = {"3.8": "3.8.18", "3.9": "3.9.18", "3.10": "3.10.13"}
PYENV = subprocess.run(["pyenv", "root"], capture_output=True, text=True).stdout.strip()

SNIPPETS = {
    "comp_temp_idiom": "def f(xs):\n    return [y for x in xs for y in [x * 2] if y]\n",
    "comp_temp_tuple": "def f(xs):\n    return {y: x for x in xs for y in (x + 1,)}\n",
    "try_else_finally": "def f(x):\n    try:\n        y = 1 / x\n    except ZeroDivisionError:\n        return 0\n    else:\n        y += 1\n    finally:\n        print('done')\n    return y\n",
    "try_return_in_finally_loop": "def f(xs):\n    for x in xs:\n        try:\n            if x:\n                continue\n            return x\n        finally:\n            print(x)\n    return None\n",
    "nested_try_except_as": "def f(a):\n    try:\n        try:\n            a()\n        except ValueError as e:\n            return str(e)\n    except Exception as e:\n        raise RuntimeError('x') from e\n    return 'ok'\n",
    "with_in_loop": "def f(locks, n):\n    for l in locks:\n        with l:\n            if n:\n                break\n            n += 1\n    return n\n",
    "with_return": "def f(l, x):\n    with l as y:\n        return x + y\n",
    "nested_with_items": "def f(a, b):\n    with a as x, b as y:\n        print(x, y)\n",
    "while_else_break": "def f(n):\n    while n > 0:\n        n -= 1\n        if n == 5:\n            break\n    else:\n        n = -1\n    return n\n",
    "while_chain_cond": "def f(a, b):\n    while 0 < a < b and not a is None:\n        a += 1\n    return a\n",
    "const_tests": "def f(x):\n    if not 0:\n        x = 1\n    while '':\n        x = 2\n    if x and 1:\n        x = 3\n    return x or 0\n",
    "ifexp_jump": "def f(a, b, c):\n    if (a if b else c):\n        return 1\n    return 2\n",
    "not_chain": "def f(a, b):\n    if not (a and not b):\n        return a\n    return not a or b\n",
    "assert_loop": "def f(xs):\n    for x in xs:\n        assert x > 0, x\n    return len(xs)\n",
    "big_list": "x = [" + ", ".join("a%d" % i for i in range(40)) + "]\n",
    "big_const_list": "x = [" + ", ".join(str(i) for i in range(40)) + "]\n",
    "big_dict": "x = {" + ", ".join("'k%d': v%d" % (i, i) for i in range(20)) + "}\n",
    "big_call": "f(" + ", ".join("a%d" % i for i in range(35)) + ")\n",
    "star_class_bases": "class C(*bases, metaclass=M, **kw):\n    pass\n",
    "call_star_mix": "f(a, *b, c, *d, e=1, **g, h=2)\n",
    "set_star": "s = {1, *a, 2}\nt = (*a, *b)\n",
    "multiline_call": "def f(a, b):\n    return g(\n        a,\n        b.c,\n    )\n",
    "multiline_attr": "def f(obj):\n    obj.attr += (\n        1\n    )\n    return obj.\\\n        other\n",
    "return_const_multiline": "def f(x):\n    if x:\n        return (\n            1)\n    return None\n",
    "pass_and_docstring": "def f():\n    'doc'\n    pass\n\ndef g():\n    pass\n    'not a doc'\n",
    "global_del": "def f():\n    global g\n    g = 1\n    del g\n",
    "loop_continue_else": "def f(xs):\n    out = []\n    for x in xs:\n        if x % 2:\n            continue\n        out.append(x)\n    else:\n        out.append(None)\n    return out\n",
    "raise_in_else": "def f(x):\n    if x:\n        return 1\n    else:\n        raise ValueError(x)\n",
    "except_bare_reraise": "def f(g):\n    try:\n        g()\n    except:\n        raise\n    finally:\n        pass\n",
    "compare_in_is": "def f(a, b):\n    return (a in b, a not in b, a is b, a is not b, not a in b)\n",
    "lambda_default": "f = lambda x, y=2, *a, z=3, **k: (x, y, z)\n",
    "aug_subscr_attr": "def f(d, o, k):\n    d[k] += 1\n    o.x[k] -= 2\n    return d\n",
    "multiline_method": "def f(o, a):\n    return o.m(\n        a,\n    ).n(\n        1)\n",
    "multiline_if_cond": "def f(a, b):\n    if (a and\n            b):\n        return 1\n    while (a or\n           b):\n        a = b = 0\n",
    "break_in_try_finally_while": "def f(n):\n    while True:\n        try:\n            n -= 1\n            if n < 0:\n                break\n        finally:\n            n += 0\n    return n\n",
    "return_in_with_in_for": "def f(xs, l):\n    for x in xs:\n        with l:\n            if x:\n                return x\n    return None\n",
    "continue_in_except": "def f(xs):\n    n = 0\n    for x in xs:\n        try:\n            n += 1 / x\n        except ZeroDivisionError:\n            continue\n        n += 1\n    return n\n",
    "try_except_in_while_else": "def f(it):\n    while it:\n        try:\n            it.pop()\n        except IndexError as e:\n            print(e)\n            break\n    else:\n        return 0\n    return 1\n",
    "nested_loops_break_continue": "def f(m):\n    t = 0\n    for r in m:\n        for v in r:\n            if v < 0:\n                break\n            if v == 0:\n                continue\n            t += v\n        else:\n            t -= 1\n    return t\n",
    "boolop_values": "def f(a, b, c):\n    x = a and b or c\n    y = a or (b and c)\n    z = not a and not b\n    return x, y, z\n",
    "chained_compare_values": "def f(a, b, c):\n    return a < b <= c, a == b != c\n",
    "ifexp_nested": "def f(a, b):\n    return 1 if a else 2 if b else 3\n",
    "module_level_flow": "import sys\nfor i in range(3):\n    if i == 1:\n        continue\n    print(i)\nelse:\n    pass\nwhile False:\n    pass\ntry:\n    x = 1\nexcept:\n    x = 2\n",
    "deep_return_finally_nested": "def f(a):\n    try:\n        try:\n            return a()\n        finally:\n            print(1)\n    finally:\n        print(2)\n",
    "raise_finally": "def f():\n    try:\n        raise ValueError\n    finally:\n        return 1\n",
    "class_body_flow": "class C:\n    x = 1\n    if x:\n        y = 2\n    else:\n        y = 3\n    def m(self):\n        return self.x\n",
    "closure_cells": "def f(a):\n    b = 1\n    def g(c):\n        nonlocal b\n        b += c\n        return a + b\n    return g\n",
    "fstring_lines": "def f(a, b):\n    return f'{a!r:>{b}} and {b}'\n",
    "unpack_star_assign": "def f(xs):\n    a, *b, c = xs\n    (d, e), g = xs, 1\n    return a, b, c, d, e, g\n",
    "subscript_slices": "def f(x):\n    x[1:2] = x[::2]\n    del x[0], x[1:]\n    return x[1, 2:3]\n",
    "assert_no_msg_const": "def f(x):\n    assert x\n    assert True\n    assert (x,)\n",
}


def dis_text(exe, src):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "snippet.py")
        with open(path, "w") as fh:
            fh.write(src)
        r = subprocess.run([exe, "-m", "dis", "snippet.py"], cwd=d, capture_output=True, text=True)
        if r.returncode != 0:
            return {"error": r.stderr.strip().splitlines()[-1]}
        return {"dis": r.stdout}


out = {"snippets": SNIPPETS, "dis": {}}
for v, full in VERSIONS.items():
    exe = os.path.join(PYENV, "versions", full, "bin", "python")
    out["dis"][v] = {name: dis_text(exe, src) for name, src in SNIPPETS.items()}
json.dump(out, sys.stdout, indent=1, sort_keys=True)
sys.stdout.write("\n")
