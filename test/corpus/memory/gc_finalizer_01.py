# Objects with __del__ in a cycle: the collector runs each finalizer once (PEP 442), then frees
# them; __del__ of acyclic objects runs when the count reaches zero.
import gc

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

gc.collect()
r = Res("plain")
del r
print("after plain")
a = Res("a")
a.me = a
del a
print("before collect")
print(gc.collect())
print(gc.collect())
