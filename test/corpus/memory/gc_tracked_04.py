# gc.is_tracked of plain dicts after a container left them: CPython keeps a dict tracked once a
# container (or a class, a builtin function) was stored in it, until a full collection finds
# only atomic contents; young collections leave it tracked.
import gc
def show(tag, x): print(tag, gc.is_tracked(x))
d = {}
d["l"] = []
d["l"] = 1
show("replaced", d)
gc.collect(0)
show("after young collection", d)
gc.collect()
show("after full collection", d)
e = {"x": [1]}
e.pop("x")
show("popped", e)
del e
f = {}
f.setdefault("k", [])
del f["k"]
show("setdefault then del", f)
gc.collect()
show("f after full", f)
g = {"t": tuple([1, 2])}
show("tracked tuple", g)
gc.collect()
show("tuple untracked by collection", g)
h = dict(a=1)
h.update({"b": []})
h["b"] = 2
show("update then replace", h)
k = {i: [i] for i in range(3)}
k.clear()
show("cleared", k)
m = {1: 2}
m2 = m.copy()
m2["z"] = []
m2.pop("z")
show("copy", m2)
class C: pass
n = {}
n["c"] = C
show("class value", n)
n2 = {"f": len}
show("builtin value", n2)
def fn(): pass
n3 = {"fn": fn}
show("function value", n3)
