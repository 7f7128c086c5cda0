# What gc.collect counts for instance cycles: on 3.8-3.10 an instance and its __dict__ are two
# objects; lists, dicts and instances without attributes count once.
import gc

class C:
    pass

gc.collect()
a = C()
b = C()
a.peer = b
b.peer = a
del a, b
print(gc.collect())
lone = C()
box = [lone]
lone.box = box
del lone, box
print(gc.collect())
bare = C()
ring = [bare]
ring.append(ring)
del bare, ring
print(gc.collect())
d = {}
d["d"] = d
c = C()
d["c"] = c
del d, c
print(gc.collect())
