# f-string formatting: alignment, precision, thousands, conversions.
x = 42
y = 3.14159265
n = 1234567890
v = "text"
print(f"[{x:>10}]")
print(f"[{x:<10}]")
print(f"[{x:^10}]")
print(f"[{x:010}]")
print(f"{y:.3f} {y:.1f} {y:10.2f} {y:e} {y:g}")
print(f"{n:,} {n:_} {-n:,}")
print(f"{v!r} {v!s} {v:>8} {v:*^12}")
print(f"{x:x} {x:X} {x:o} {x:b} {x:#x} {x:#b} {x:+d}")
print(f"{0.5:%} {0.125:.1%}")
w, p = 8, 2
print(f"[{y:{w}.{p}f}]")
print(f"{'nested'!r:>12}")
print(f"{x} + {x} = {x + x}")
