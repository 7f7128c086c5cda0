# One object referenced from a list, a tuple, a dict (as value) and a set member.
import sys

def f():
    key = (1, "k")
    val = []
    print(sys.getrefcount(val))
    lst = [val]
    tup = (val, val)
    dct = {"x": val, key: val}
    print(sys.getrefcount(val))
    s = {key}
    print(sys.getrefcount(val))
    lst2 = list(lst)
    print(sys.getrefcount(val))
    del lst, tup, dct, s, lst2
    print(sys.getrefcount(val))

f()
