# Matrix operations with nested lists.
def mat_mul(a, b):
    return [[sum([a[i][k] * b[k][j] for k in range(len(b))]) for j in range(len(b[0]))]
            for i in range(len(a))]

def transpose(m):
    return [list(r) for r in zip(*m)]

def power(m, n):
    result = [[1 if i == j else 0 for j in range(len(m))] for i in range(len(m))]
    while n:
        if n & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        n >>= 1
    return result

fib = [[1, 1], [1, 0]]
print(mat_mul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
print(transpose([[1, 2, 3], [4, 5, 6]]))
print(power(fib, 90)[0][1])
