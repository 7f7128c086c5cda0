# int/float methods and numeric builtins: bit_length, to/from conversions, abs, pow, sum of floats.
n = 1000
print(n.bit_length(), (-n).bit_length(), (255).bit_length(), (0).bit_length(), n.real, n.imag, n.numerator if hasattr(n, "numerator") else "-")
print((7).conjugate(), abs(-3), abs(-3.5), pow(2, 100) % 97, pow(7, 2, 13), divmod(-7, 2), -7 // 2, -7 % 2)
x = 2.5
print(x.is_integer(), (4.0).is_integer(), x.real, x.imag, x.conjugate(), float.fromhex("0x1.8p1") if hasattr(float, "fromhex") else "-")
print(max(1, 2.5, 2), min([3, 1.5, 2]), sum([1, 2.5, 3]), sum(range(5), 0.5), 3 == 3.0, 0.1 * 3 == 0.3, 1 < 1.5 < 2)
print(int.__name__, float.__name__, type(1 + 1.0).__name__, type(2 ** -1).__name__, type(7 // 2.0).__name__, 7 // 2.0)
print(True + True, True * 10, False - 1, -True, ~5, ~-1, 6 & 3, 6 | 3, 6 ^ 3, 1 << 10, -16 >> 2, 5 >> 10)
print(hash(1), hash(1.0), hash(-1), hash(2 ** 61), hash(0.5), hash(True), hash(None) == hash(None))
print((2.5).hex(), (-0.1).hex(), (0.0).hex(), (-0.0).hex(), (5e-324).hex(), (1e308).hex(), float("inf").hex())
print(float.fromhex("0x1.999999999999ap-4"), float.fromhex("-0x1p-1074"), float.fromhex("0x.8"), float.fromhex(" 1.8p1 "), float.fromhex("0x1.fffffffffffff8p0"), float.fromhex("0x1.00000000000008p0"))
