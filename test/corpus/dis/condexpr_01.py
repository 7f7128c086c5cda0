# Conditional expressions in many contexts.
def pick(a, b, flag):
    x = a if flag else b
    y = (a if a > b else b) if flag else (b if b else a)
    return x, y

n = 5
label = "big" if n > 3 else "small"
items = ["even" if i % 2 == 0 else "odd" for i in range(3)]
print(pick(1, 2, True), pick(1, 0, False), label, items)
print(n if n else None, (lambda q: q if q else -q)(-2))
