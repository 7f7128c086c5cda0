# list operations: concatenation, repetition, slicing assignment, del, comparison.
a = [1, 2, 3]
b = a + [4, 5]
c = a * 2
print(a, b, c)
b[1:3] = ["x", "y", "z"]
print(b)
del b[0]
del b[::2]
print(b)
nested = [[0] * 2] * 2
nested[0][0] = 1
print(nested)
print([1, 2] < [1, 3], [1, 2] == [1, 2], [] == [], [1, [2]] == [1, [2]])
print(3 in a, 4 not in a, a[-1], a[::-1], list(range(10))[2:8:3])
a += [4]
a *= 2
print(a)
print(sorted([5, 2, 8], reverse=True), list(reversed([1, 2, 3])))
