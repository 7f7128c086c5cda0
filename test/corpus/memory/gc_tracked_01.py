# gc.is_tracked: atomic objects, dicts of atomics (untracked until a container is stored),
# tuples (untracked lazily, by a collection), instances and their __dict__.
import gc

class C:
    pass

print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(None), gc.is_tracked(2.5))
print(gc.is_tracked([]), gc.is_tracked(set()), gc.is_tracked(C()))
d = {}
print(gc.is_tracked(d))
d["k"] = 1
print(gc.is_tracked(d))
d["l"] = []
print(gc.is_tracked(d))
t = tuple([1, 2, 3])
nested = (t, "x")
holder = ([],)
print(gc.is_tracked(t), gc.is_tracked(nested), gc.is_tracked(holder))
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(nested), gc.is_tracked(holder))
c = C()
c.a = 1
print(gc.is_tracked(c), gc.is_tracked(c.__dict__))
c.b = [1]
print(gc.is_tracked(c.__dict__))
def f():
    pass
print(gc.is_tracked(f), gc.is_tracked(C))
