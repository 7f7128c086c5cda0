# set operations on ints: in-place updates, pop order, comparisons, frozenset, comprehensions.
a = set(range(0, 20, 2))
b = set(range(0, 20, 3))
print(sorted(a), sorted(b))
print(a & b, a | b, a - b, b - a, a ^ b)
c = set(a)
c.intersection_update(b, {0, 6, 7})
print(c)
d = set(a)
d.difference_update(b, [4])
print(d)
e = set(a)
e.symmetric_difference_update(b)
print(e, e == a ^ b)
f = {1, 2, 3}
f.update([3, 4], {5, 6}, range(7, 9))
print(f, len(f))
print(f.pop(), f.pop(), f.pop(), f)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2, 3} > {1}, {1} >= {2}, {1, 2} == {2, 1})
print(a.issubset(range(20)), a.issuperset([2, 4]), a.isdisjoint({1, 3, 5}), a.union([1], (3,)))
fs = frozenset([3, 1, 2])
print(fs, fs | {9}, {9} | fs, fs & {1, 2, 7}, frozenset() == set(), {fs: "frozen key"}[frozenset({1, 2, 3})])
squares = {x * x for x in range(-4, 5)}
print(squares, len(squares), 16 in squares, sorted(squares, reverse=True))
big = set()
for i in range(50):
    big.add(i * 7 % 50)
print(len(big), big == set(range(50)), min(big), max(big))
print(set([100, 2, 35, 8]), {1000, 2000, 3000}, {-1, -2, 5})
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
