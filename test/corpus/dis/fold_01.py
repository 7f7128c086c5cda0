# Constant folding of arithmetic, unary minus, strings and tuples.
a = 2 * 3
b = -1
c = "a" * 3
d = (1, 2) + (3,)
e = 2 ** 10
f = 7 // 2 + 7 % 3
g = 1 << 4 | 3
h = "ab" + "cd"
i = 3.0 / 2
j = ~5 & 0xF0
k = -(2 + 3)
print(a, b, c, d, e, f, g, h, i, j, k)
