# An object stored several times in a list, then removed.
import sys

def f():
    item = object()
    print(sys.getrefcount(item))
    box = [item]
    print(sys.getrefcount(item))
    box.append(item)
    box.append(item)
    print(sys.getrefcount(item))
    box.pop()
    print(sys.getrefcount(item))
    box.clear()
    print(sys.getrefcount(item))
    box = [item] * 5
    print(sys.getrefcount(item))
    del box
    print(sys.getrefcount(item))

f()
