# Matrices as lists of lists: transpose with zip(*m), multiplication, star unpacking in calls.
def mat_mul(a, b):
    return [[sum([x * y for x, y in zip(row, col)]) for col in zip(*b)] for row in a]

def show(m):
    for row in m:
        print(" ".join(["%4d" % v for v in row]))

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(mat_mul(a, b))
print(list(zip(*a)), [list(r) for r in zip(*b)])
ident = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(mat_mul(b, [[1, 0], [0, 1]]) == b, mat_mul(ident, b) == b)
first, *rest = a
*init, last = b[0] + b[1]
print(first, rest, init, last)
print(*a, sep=" | ")
head, *_, tail = range(10)
print(head, tail, [*a[0], *b[0]], (*a[1],), {*a[0], 4})
m = [[0] * 4 for _ in range(3)]
for i, row in enumerate(m):
    for j in range(len(row)):
        row[j] = i * j
show(m)
print(sum([sum(r) for r in m]), max([max(r) for r in m]), [r[::-1] for r in m][0])
