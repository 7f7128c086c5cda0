# List, set and dict comprehensions, nested and filtered.
nums = list(range(10))
print([n * n for n in nums if n % 3 == 0])
print([(a, b) for a in range(3) for b in range(a)])
print(sorted({n % 4 for n in nums}))
print({n: n * n for n in range(5)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
print([row[i] for i in range(3) for row in matrix if row[i] % 2 == 0])
print([[x for x in row if x > 4] for row in matrix])
x = "outer"
print([x for x in "ab"], x)
