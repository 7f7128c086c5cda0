# A list that contains itself is only freed by the cycle collector.
import gc
import sys

gc.collect()

def f():
    x = []
    x.append(x)
    print(sys.getrefcount(x))
    del x

f()
print(gc.collect())
print(gc.collect())
