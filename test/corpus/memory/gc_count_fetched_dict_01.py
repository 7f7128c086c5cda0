# gc.collect() counting an instance's __dict__: 3.8-3.10 always (two objects per self-cycle);
# 3.11 and 3.12 only once the program fetched __dict__ (CPython then made a dict object); 3.13 never.
import gc
class C:
    pass
gc.disable()
gc.collect()
a = C()
a.me = a
del a
print(gc.collect())
b = C()
b.me = b
d = b.__dict__
del b, d
print(gc.collect())
e = C()
e.x = 1
e.me = e
e.__dict__
del e
print(gc.collect())
