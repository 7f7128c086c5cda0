# Objects returned from functions, stored, and passed along.
import sys

def make():
    return []

def keep(x, store):
    store.append(x)
    return x

def f():
    a = make()
    print(sys.getrefcount(a))
    store = []
    b = keep(a, store)
    print(sys.getrefcount(a))
    store.pop()
    print(sys.getrefcount(a))
    del b
    print(sys.getrefcount(a))

f()
