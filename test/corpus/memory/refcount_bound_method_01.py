# Bound method objects hold a reference to their instance.
import sys

class C:
    def m(self):
        return 1

def f():
    c = C()
    print(sys.getrefcount(c))
    bm = c.m
    print(sys.getrefcount(c))
    bm2 = c.m
    print(sys.getrefcount(c))
    print(bm is bm2)
    del bm
    print(sys.getrefcount(c))
    del bm2
    print(sys.getrefcount(c))

f()
