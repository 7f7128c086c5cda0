# Folding inside functions, in subscripts, and of nested tuples and negative numbers.
def f(seq):
    a = seq[-1]
    b = seq[2 - 1]
    c = ((1, 2), (3, -4))
    d = -(-5)
    e = not 1
    g = 1 if 2 > 1 else 0
    h = [1, 2][0]
    k = "abc"[1]
    return a, b, c, d, e, g, h, k

print(f([10, 20, 30]))
