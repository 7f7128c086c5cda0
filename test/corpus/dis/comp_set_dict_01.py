# Set and dict comprehensions.
words = ["apple", "bob", "cat", "apple"]
lengths = {len(w) for w in words}
index = {w: i for i, w in enumerate(words)}
inverted = {v: k for k, v in index.items() if v > 0}
grid = {(r, c): r * c for r in range(3) for c in range(3) if r != c}

def upper_keys(d):
    return {k.upper(): v for k, v in d.items()}

print(sorted(lengths), index, inverted, len(grid), upper_keys({"a": 1}))
