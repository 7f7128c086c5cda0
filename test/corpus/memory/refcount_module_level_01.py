# getrefcount on module-level names (the module dict holds the reference).
import sys

a = []
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
lst = [a, a, a]
print(sys.getrefcount(a))
del lst
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))
