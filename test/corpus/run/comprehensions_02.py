# List/dict/set comprehensions with conditions, nesting, enumerate/zip and conditional expressions.
nums = list(range(1, 21))
print([n for n in nums if n % 3 == 0])
print([n * n if n % 2 else -n for n in nums[:8]])
print([(i, j) for i in range(4) for j in range(i) if (i + j) % 2])
print({n: n ** 2 for n in nums if n > 15}, {n % 5 for n in nums})
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)], [[row[c] for row in matrix] for c in range(3)])
print([x for row in matrix for x in row if x % 2 == 0])
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
print({w[0]: len(w) for w in words}, [w.upper() for w in words if "l" in w])
print([f"{i}:{w}" for i, w in enumerate(words, start=1) if i % 2])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30, 40])], dict(zip(words, range(5))))
print(sum([x for x in range(100) if x % 7 == 0]), max([len(w) for w in words]), any([w.endswith("a") for w in words]), all([len(w) > 3 for w in words]))
primes = [n for n in range(2, 50) if all([n % d for d in range(2, int(n ** 0.5) + 1)])]
print(primes)
flat = [y for x in [[1, [2]], [3], []] for y in x]
print(flat, [c for c in "Mississippi" if c not in "aeiou"], sorted({c for c in "Mississippi"}))
x = "outer"
print([x for x in range(3)], x)
