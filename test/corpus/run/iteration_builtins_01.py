# Iteration builtins: iter/next with default, enumerate, zip, map, filter, any/all, min/max/sum.
it = iter([10, 20])
print(next(it), next(it), next(it, "empty"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(list(enumerate("abc")), list(enumerate("xy", 5)), list(zip("abc", [1, 2], (True, False, None))))
print(list(map(str.upper, ["a", "b"])), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])), list(filter(None, [0, 1, "", "a", [], [0]])))
print(list(filter(lambda n: n % 2, range(10))), sum(range(10), 100), sum([0.5, 0.25]), sum([[1], [2]], []))
print(min(3, 1, 2), max("apple", "pear", key=len), min([], default="none"), max([(1, "b"), (1, "a")]))
print(any([]), all([]), any([0, None, 3]), all([1, "x", [0]]), sorted("banana"), list(reversed(range(4))))
print(list(range(10, 0, -3)), range(5)[2], range(2, 20, 4)[-1], len(range(0, 100, 7)), 14 in range(0, 100, 7))
total = 0
for i, (a, b) in enumerate(zip([1, 2, 3], [4, 5, 6])):
    total += i * a * b
print(total, dict(enumerate("hi")), list(zip()), list(zip([1, 2])))
nums = [4, 8, 15, 16, 23, 42]
evens = list(filter(lambda n: n % 2 == 0, nums))
doubled = list(map(lambda n: n * 2, evens))
print(evens, doubled, sum(doubled) / len(doubled), abs(-7), pow(2, 8), chr(65) + chr(97), ord("z"))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
