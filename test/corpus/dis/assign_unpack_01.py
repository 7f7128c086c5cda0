# Tuple unpacking and nested unpacking.
a, b = 1, 2
c, d, e = [3, 4, 5]
(f, g), h = (6, 7), 8
[i, [j, k]] = [9, [10, 11]]
for x, (y, z) in [(1, (2, 3)), (4, (5, 6))]:
    print(x, y, z)

def split(pair):
    left, right = pair
    (l1, l2), r1 = left, right
    return l1 + l2 + r1

print(a, b, c, d, e, f, g, h, i, j, k, split(((1, 2), 3)))
