# Reference counts of self and of attributes inside methods.
import sys

class Node:
    def __init__(self):
        self.children = []

    def self_count(self):
        return sys.getrefcount(self)

    def children_count(self):
        return sys.getrefcount(self.children)

    def add(self, c):
        self.children.append(c)
        return sys.getrefcount(c)

def main():
    n = Node()
    print(n.self_count())
    print(n.children_count())
    leaf = Node()
    print(n.add(leaf))
    print(sys.getrefcount(leaf))

main()
