# set methods and operators on small ints (deterministic order).
s = {3, 1, 2}
s.add(5)
s.add(1)
print(s, len(s))
s.discard(2)
s.discard(42)
s.remove(3)
print(s)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 9} <= a, a.issuperset({1}), a.isdisjoint({7}))
c = set([1, 1, 2])
c.update([7, 8])
c |= {9}
c -= {1}
print(c, set(), sorted({10, 3, 7}))
print(frozenset([2, 1]) == {1, 2}, 2 in a, 9 not in a)
