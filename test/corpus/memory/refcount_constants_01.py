# Constants (ints outside the small-int cache, floats, tuples, strings) start with the code
# object's references; names and the getrefcount argument add to them.
import sys

x = 1000
print(sys.getrefcount(x))
y = 2.5
print(sys.getrefcount(y))
t = (1, 2, "a")
print(sys.getrefcount(t))

def f():
    a = 123456
    b = a
    return sys.getrefcount(a)

print(f())

def g():
    return sys.getrefcount(99999)

print(g())
s = "hello world!"
print(sys.getrefcount(s))
