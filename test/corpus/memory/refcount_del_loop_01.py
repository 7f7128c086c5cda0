# del inside loops: names, items, slices and attributes.
import sys

class Box:
    pass

def f():
    item = []
    refs = []
    for i in range(3):
        x = item
        refs.append(x)
        del x
        print(i, sys.getrefcount(item))
    while refs:
        del refs[-1]
        print(len(refs), sys.getrefcount(item))
    refs = [item] * 6
    del refs[1:4]
    print(sys.getrefcount(item))
    del refs[::2]
    print(sys.getrefcount(item))
    boxes = [Box() for _ in range(3)]
    for b in boxes:
        b.v = item
    print(sys.getrefcount(item))
    for b in boxes:
        del b.v
    print(sys.getrefcount(item))
    d = {k: item for k in range(4)}
    for k in list(d):
        if k % 2:
            del d[k]
    print(sys.getrefcount(item))

f()
