# References from instance attributes.
import sys

class Holder:
    pass

def f():
    data = []
    h = Holder()
    print(sys.getrefcount(data))
    h.data = data
    print(sys.getrefcount(data))
    h.other = data
    print(sys.getrefcount(data))
    del h.data
    print(sys.getrefcount(data))
    h = None
    print(sys.getrefcount(data))

f()
