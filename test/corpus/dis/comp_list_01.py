# List comprehensions with conditions and nested fors.
nums = range(10)
squares = [n * n for n in nums]
evens = [n for n in nums if n % 2 == 0]
pairs = [(a, b) for a in range(3) for b in range(a)]
filtered = [a + b for a in range(4) if a for b in range(4) if b > a]
words = [w.upper() for w in "x y z".split()]
print(squares, evens, pairs, filtered, words)
