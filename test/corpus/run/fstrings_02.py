# f-strings: expressions, nested format specs, conversions, self-documenting '='.
import math
width, prec = 10, 3
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("melon", 3.0, 1)]
for name, price, qty in items:
    print(f"{name:<{width}}|{price:>{width}.{prec}f}|{qty:^5d}|{price * qty:8.2f}")
total = sum([p * q for _, p, q in items])
print(f"total={total:.2f} avg={total / len(items):.4g}")
x = 42
print(f"{x=}", f"{x*2=}", f"{'s'!r}", f"{x!s:>6}", f"{x:#x}")
print(f"{math.pi:.5f} {math.e:e} {-math.inf} {math.nan}")
print(f"{{escaped}} {x}{{}}")
nested = {"k": [1, 2, {"z": "deep"}]}
print(f"{nested['k'][2]['z']} {len(nested)} {nested!r}")
print(f"{'yes' if x > 40 else 'no'} {[i * i for i in range(4)]}")
print(f"{3.0:g} {1234567.0:,.1f} {0.1 + 0.2} {1e22} {1/3:.10f}")
