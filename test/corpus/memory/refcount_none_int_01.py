# Refcounts of fresh objects vs shared singletons: compare only freshly created containers.
import sys

def f():
    fresh = [1, 2]
    print(sys.getrefcount(fresh))
    pair = (fresh, fresh)
    print(sys.getrefcount(fresh))
    inner = pair[0]
    print(sys.getrefcount(fresh))
    print(sys.getrefcount(pair))

f()
