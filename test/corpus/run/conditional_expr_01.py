# Conditional expressions and lambdas with them.
def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"

print([sign(n) for n in (-2, 0, 3)])
clamp = lambda v, lo, hi: lo if v < lo else hi if v > hi else v
print(clamp(-5, 0, 10), clamp(5, 0, 10), clamp(50, 0, 10))
x = None
print(x if x is not None else "missing", (x or 0) + 1)
print(max(3, 7) if True else None)
