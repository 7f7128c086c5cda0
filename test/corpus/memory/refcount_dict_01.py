# dict values, dict copies and setdefault.
import sys

def f():
    v = []
    d = {}
    print(sys.getrefcount(v))
    d["a"] = v
    d["b"] = v
    print(sys.getrefcount(v))
    d2 = dict(d)
    print(sys.getrefcount(v))
    d2.setdefault("c", v)
    print(sys.getrefcount(v))
    d.clear()
    print(sys.getrefcount(v))
    d2["a"] = None
    print(sys.getrefcount(v))

f()
