# Swaps and rotations (2- and 3-element), in module and function scope.
a, b = 1, 2
a, b = b, a
x, y, z = 1, 2, 3
x, y, z = z, x, y

def rotate(p, q, r, s):
    p, q = q, p
    p, q, r = r, p, q
    p, q, r, s = s, r, q, p
    return p, q, r, s

lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(a, b, x, y, z, rotate(1, 2, 3, 4), lst)
