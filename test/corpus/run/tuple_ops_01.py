# Tuples: packing, unpacking, indexing, methods, comparison.
t = (1, 2, 3, 2)
print(t, t[0], t[-1], t[1:3], len(t), t.count(2), t.index(3))
a, b, c, d = t
print(a + b + c + d)
first, second, third, fourth = t
print(first, [second, third, fourth])
print((1, 2) < (1, 3), (1, 2) == (1, 2), () == (), (1,) + (2,), (0,) * 3)
x, y = 1, 2
x, y = y, x
print(x, y)
pairs = [(2, "b"), (1, "z"), (2, "a")]
print(sorted(pairs), max(pairs), min(pairs))
print(tuple([1, 2]), tuple(), (1,), ((1, 2), (3,)))
