# Unpacking assignments, star targets and loop targets.
a, b, c = "xyz"
(d, e), f = [1, 2], 3
first, last = range(2)
print(a, b, c, d, e, f, first, last)
for i, (k, v) in enumerate(sorted({"b": 2, "a": 1}.items())):
    print(i, k, v)
pairs = [(1, "one"), (2, "two")]
nums, names = zip(*pairs)
print(nums, names)
try:
    x, y = [1, 2, 3]
except ValueError as err:
    print("ValueError:", err)
try:
    x, y, z = [1, 2]
except ValueError as err:
    print("ValueError:", err)
