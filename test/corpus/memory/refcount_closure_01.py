# A closure cell keeps a reference to the captured object.
import sys

def outer():
    data = []
    print(sys.getrefcount(data))
    def inner():
        return data
    print(sys.getrefcount(data))
    f2 = inner
    r = inner()
    print(sys.getrefcount(data))
    del r
    print(sys.getrefcount(data))
    return inner

g = outer()
print(sys.getrefcount(g()))
