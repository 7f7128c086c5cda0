# Cycles mixed with acyclic garbage: only cyclic objects are counted by collect.
import gc

gc.collect()

class Obj:
    pass

def make():
    o = Obj()
    o.me = o
    plain = Obj()
    lst = [plain, 1, 2]
    return len(lst)

for _ in range(5):
    make()
print(gc.collect())
print(gc.collect())
