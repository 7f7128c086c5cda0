# Two instances referring to each other through attributes.
import gc

gc.collect()

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

def link():
    a = Node("a")
    b = Node("b")
    a.other = b
    b.other = a

link()
print(gc.collect())
