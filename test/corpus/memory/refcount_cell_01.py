# Objects captured by closures: the cell holds one reference, shared by every closure.
import sys

def make():
    data = []
    print(sys.getrefcount(data))
    def get():
        return data
    def size():
        return len(data)
    print(sys.getrefcount(data))
    return get, size

get, size = make()
obj = get()
print(sys.getrefcount(obj))
del size
print(sys.getrefcount(obj))
del get
print(sys.getrefcount(obj))

def counter():
    count = [0]
    def inc():
        count[0] += 1
        return sys.getrefcount(count)
    return inc

inc = counter()
print(inc(), inc())
