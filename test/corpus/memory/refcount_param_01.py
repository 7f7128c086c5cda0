# Reference counts seen through parameters: caller's name + parameter + getrefcount argument.
import sys

def one(x):
    return sys.getrefcount(x)

def two(x, y):
    return sys.getrefcount(x)

def nested(x):
    return one(x)

obj = {}
print(sys.getrefcount(obj))
print(one(obj))
print(two(obj, obj))
print(nested(obj))
print(one([]))
