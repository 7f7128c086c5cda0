# A dict cycle and a cycle through a list and a tuple.
import gc

gc.collect()

def f():
    d = {}
    d["me"] = d
    lst = []
    t = (lst,)
    lst.append(t)

f()
print(gc.collect())
