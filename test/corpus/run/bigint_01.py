# Big-integer arithmetic.
a = 2 ** 100
b = 3 ** 50
print(a, b)
print(a + b, a - b, a * b)
print(a // b, a % b, -a // b, -a % b)
print(a >> 10, a << 10, a & (2 ** 64 - 1), a | 1, a ^ b)
f = 1
for i in range(1, 31):
    f *= i
print(f, len(str(f)))
print(2 ** 64 - 1, -(2 ** 63), 10 ** 30 + 1)
print(int("123456789012345678901234567890") * 2)
print(abs(-a), divmod(a, 1000007), pow(3, 200, 10 ** 9 + 7))
print(a > b, a == 2 ** 100, hash(2 ** 61 - 2))
