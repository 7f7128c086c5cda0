# Default argument values are held by the function object (its __defaults__ tuple).
import sys

shared = []
print(sys.getrefcount(shared))

def f(x=shared, y=shared):
    return sys.getrefcount(x)

print(sys.getrefcount(shared))
print(f())
print(f([]))
g = f
print(sys.getrefcount(shared))
del f
print(sys.getrefcount(shared))
del g
print(sys.getrefcount(shared))

def kw(*, opt=shared):
    return opt

print(sys.getrefcount(shared))
del kw
print(sys.getrefcount(shared))
