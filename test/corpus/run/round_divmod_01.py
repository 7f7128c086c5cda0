# divmod, round and integer/float division with negative operands.
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3)]:
    q, r = divmod(a, b)
    print(a, b, q, r, a // b, a % b, q * b + r == a)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(10 ** 20, 7))
print([round(x) for x in [0.5, 1.5, 2.5, -0.5, -1.5, 3.49, 3.51]])
print([round(x, 1) for x in [0.25, 0.35, 1.45, 2.55]])
print(round(12345, -2), round(12355, -1), round(-15, -1), round(1.23456, 3), round(7, 0))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, 1)))
minutes = 135
h, m = divmod(minutes, 60)
print("%d:%02d" % (h, m), "{}h{:02d}m".format(h, m))
secs = 98765
d, rest = divmod(secs, 86400)
hh, rest = divmod(rest, 3600)
mm, ss = divmod(rest, 60)
print(d, hh, mm, ss)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5 % 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
