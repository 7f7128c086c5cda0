# Instances referring to each other without cycles, then released one by one.
import sys

class Item:
    def __init__(self, parent=None):
        self.parent = parent

def f():
    root = Item()
    print(sys.getrefcount(root))
    kids = [Item(root) for _ in range(3)]
    print(sys.getrefcount(root))
    kids.pop()
    print(sys.getrefcount(root))
    kids[0].parent = None
    print(sys.getrefcount(root))
    del kids
    print(sys.getrefcount(root))

f()
