# Big integers: factorials, powers, modular pow, formatting, bit operations.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f30 = fact(30)
print(f30, len(str(f30)), f30 % 1000007, f30 // 10 ** 20)
print(2 ** 100, -2 ** 63, (-2) ** 63, 3 ** 40 - 1)
print(pow(3, 200, 1000000007), pow(2, 10), pow(2, -2), pow(-3, 3))
print("{:,}".format(2 ** 64), format(10 ** 18, "_"), "%d" % 2 ** 70, hex(2 ** 70), bin(2 ** 20), oct(2 ** 30))
n = 2 ** 127 - 1
print(n.bit_length(), n & 0xFFFF, n >> 100, 1 << 90, ~n, -n // 3, -n % 7)
print(int("123456789012345678901234567890") * 3, int("-ff", 16), int("777", 8), int("101", 2))
a, b = 12345678901234567890, 98765432109876543210
print(a * b, b - a, a - b, b // a, b % a, divmod(b, a))
print(abs(-10 ** 25), max(10 ** 20, 10 ** 19), 10 ** 20 == 10.0 ** 20, 2 ** 53 + 1 == float(2 ** 53 + 1))
fib = [0, 1]
while len(fib) < 100:
    fib.append(fib[-1] + fib[-2])
print(fib[-1], sum(fib) % 10 ** 9)
