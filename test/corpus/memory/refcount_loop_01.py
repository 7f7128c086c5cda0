# The loop variable holds a reference while iterating; the list holds others.
import sys

def f():
    x = []
    items = [x, x]
    for it in items:
        print(sys.getrefcount(x))
    print(sys.getrefcount(x))
    del it
    print(sys.getrefcount(x))

f()
