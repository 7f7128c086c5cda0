# Star unpacking and unpacking into attributes and subscripts.
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
head, *mid, tail = range(6)

class Holder:
    pass

h = Holder()
store = [0, 0]
h.a, store[1] = "x", "y"
store[0], h.b = h.a, store[1]
print(first, rest, init, last, head, mid, tail, store, h.b)
