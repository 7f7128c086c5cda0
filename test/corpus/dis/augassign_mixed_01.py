# Augmented assignment where target expressions have side effects or are nested.
class Node:
    def __init__(self):
        self.children = [0, 0, 0]
        self.meta = {"hits": 0}

def index_of(n):
    return n % 3

def touch(node, keys):
    for k in keys:
        node.children[index_of(k)] += k
        node.meta["hits"] += 1
    node.meta["hits"] *= 2
    return node

n = touch(Node(), [1, 2, 3, 4])
n.children[0] -= 1
print(n.children, n.meta)
