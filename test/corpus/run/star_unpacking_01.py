# Star targets in assignments and star/double-star unpacking in displays.
t = (1, 2, 3, 2)
first, *rest = t
print(first, rest)
*init, last = t
print(init, last)
head, *mid, tail = range(6)
print(head, mid, tail)
a, *b = "x"
print(a, b)
xs = [1, 2]
print([*xs, 3, *xs], (*xs, 0), sorted({*xs, 9}), {**{"k": 1}, "j": 2})
for p, *q in [(1, 2, 3), (4,)]:
    print(p, q)
try:
    x, y, *z = [1]
except ValueError as e:
    print("ValueError:", e)
