# del on names and containers decreases the count of the object they referred to.
import sys

def f():
    target = []
    refs = [target, target]
    d = {"a": target, "b": target}
    t = (target,)
    print(sys.getrefcount(target))
    del refs[0]
    print(sys.getrefcount(target))
    del d["a"]
    print(sys.getrefcount(target))
    del t
    print(sys.getrefcount(target))
    del refs, d
    print(sys.getrefcount(target))

f()
