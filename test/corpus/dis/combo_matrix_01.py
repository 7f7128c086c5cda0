# Combination: nested loops, nested comprehensions, slices and augmented subscripts.
def identity(n):
    return [[1 if r == c else 0 for c in range(n)] for r in range(n)]

def multiply(a, b):
    n, m, p = len(a), len(b), len(b[0])
    out = [[0] * p for _ in range(n)]
    for i in range(n):
        for j in range(p):
            for k in range(m):
                out[i][j] += a[i][k] * b[k][j]
    return out

def transpose(m):
    return [list(row) for row in zip(*m)]

m = [[1, 2], [3, 4]]
print(multiply(m, identity(2)), transpose(m), m[::-1], m[0][::-1])
