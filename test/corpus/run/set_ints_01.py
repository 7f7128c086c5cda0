# Sets of small ints print in a deterministic order.
s = set()
for i in [5, 3, 9, 1, 3, 5, 0]:
    s.add(i)
print(s)
print({10, 2, 33, 4}, {x * 2 for x in range(6)}, set(range(8, 0, -1)))
print(len(s), 3 in s, sorted(s, reverse=True), min(s), max(s), sum(s))
evens = {x for x in range(10) if x % 2 == 0}
odds = set(range(10)) - evens
print(evens, odds, evens | odds == set(range(10)))
