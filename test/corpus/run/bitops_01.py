# Bitwise operators on ints, including negatives.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(-8 >> 1, -1 >> 10, -5 & 0xFF, -5 | 2, ~-1, ~0)
print(bin(a), bin(-a), hex(-255), (255).bit_length(), (2 ** 100).bit_length())
mask = 0
for bit in [0, 3, 5]:
    mask |= 1 << bit
print(mask, [i for i in range(8) if mask >> i & 1])
