# Integer division and modulo with negative operands.
for a in (7, -7):
    for b in (2, -2):
        print(a, b, a // b, a % b, divmod(a, b), a / b)
print(-1 // 10, -1 % 10, 1 // -10, 1 % -10)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(int(-7 / 2), -(7 // 2), round(-3.5), round(4.5))
print(0 // 5, 0 % 5, 5 % 5, 2 ** -1, (-2) ** 2, -2 ** 2)
