# Integer literals: small, negative, hex, octal, binary, underscores, big.
a = 0
b = 255
c = -1
d = 0xFF
e = 0o17
f = 0b1011
g = 1_000_000
h = 123456789012345678901234567890
i = -98765432109876543210
j = 0xDEADBEEFCAFEBABE1234
k = 2 ** 64
l = -0
print(a, b, c, d, e, f, g, h, i, j, k, l)
