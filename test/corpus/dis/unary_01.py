# Unary operators on names and constants.
def unary(a, b):
    return -a, +a, ~b, not a, -(-a), ~~b, not not b

x = 7
y = -x
z = +y
w = ~x
n = not x
neg_const = -5
inv_const = ~0
pos_const = +3
print(unary(3, 4), y, z, w, n, neg_const, inv_const, pos_const, -2 ** 2)
