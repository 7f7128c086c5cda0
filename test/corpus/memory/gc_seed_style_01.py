# The seed notebook's pattern: refcounts before and after del, then collect.
import gc
import sys

def foo():
    a = []
    b = a
    print(sys.getrefcount(a))
    del b
    print(sys.getrefcount(a))
    c = [a]
    c.append(c)
    print(sys.getrefcount(c))

gc.collect()
foo()
print("GC collected: ", gc.collect())
