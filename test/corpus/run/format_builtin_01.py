# format(), str.format with indices and attributes, and number formatting edge cases.
print(format(3.14159, ".2f"), format(42, "08b"), format(1234567, ","), format("s", ">4"))
print("{0[0]} {0[1]} {1[k]}".format([1, 2], {"k": "v"}))

class P:
    name = "pt"

print("{p.name} {n:>5}".format(p=P(), n=7))
print("{:,.2f}".format(1234567.891), "{:e}".format(0.000123), "{:.0f}".format(2.5))
print("{:+.1f} {: d} {:>+6d}".format(3.0, 5, -5))
print(format(0.1, ".20f"), format(1e16, ".0f"), format(100, "x"))
print("{!r:>10}|{!s:<6}|".format("a", "b"))
