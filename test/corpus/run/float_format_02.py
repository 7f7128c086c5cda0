# Float reprs, arithmetic corner cases and format specs.
vals = [0.1, 0.5, 1.0 / 3, 2.0 / 3, 1e16, 1e-5, 123456789.123, -0.0, 1.5e300 * 1e10, 2 ** 0.5]
for v in vals:
    print(repr(v), str(v), format(v, ".3f"), format(v, "e"), format(v, "g"), format(v, ".2%") if abs(v) < 1e10 else "-")
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1e308 * 10, -1e308 * 10, float("inf") - float("inf"))
print(7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7.5 // 2, -7.5 % 2)
print(float("3.25"), float("  -1e3 "), float(7), int(3.99), int(-3.99))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(-1.5), round(2.5), round(3.5))
print(1.0.is_integer(), (2.5).is_integer(), 10 / 4, 2 ** -1, 10 ** 20 / 3)
print(format(1234.5678, "10.2f"), format(1234.5678, "<10.1f") + "|", format(-1234.5678, "+,.3f"))
print(max(1.5, 2), min(-0.5, 0), sum([0.1] * 10), abs(-2.5))
