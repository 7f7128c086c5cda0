# str.format: positional, keyword, attribute and index fields, conversions and format specs.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

p = Point(3, -4)
print("{} + {} = {}".format(1, 2, 1 + 2))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=7))
print("x={0.x} y={0.y} p={0!r} s={0!s}".format(p))
print("{0[0]}-{0[2]} {d[k]} {d[n]}".format("xyz", d={"k": "v", "n": 5}))
print("[{:<8}] [{:>8}] [{:^8}] [{:*^9}]".format("ab", "cd", "ef", "gh"))
print("{:,} {:_} {:,.2f} {:.3%} {:+d} {: d}".format(1234567, 7654321, 9876.543, 0.25, 5, 5))
print("{:b} {:o} {:x} {:X} {:#b} {:#x} {:08b}".format(10, 10, 255, 255, 5, 255, 5))
print("{:10.3f}|{:<10.2e}|{:^10g}|".format(3.14159, 31415.9, 0.0001))
print("{:{w}.{p}f}|{:>{w}}|".format(2.5, "r", w=8, p=3))
print("{{literal}} {}".format("braces"))
print("{!r:>10}|{:=+6d}|{:c}".format("q", 42, 65))
print("{0:>5}{1:>5}{2:>5}".format(*[1, 22, 333]))
print("{a}-{b}".format(**{"a": 1, "b": 2}))
print("{:s} {:d} {}".format("s", True, None))
print("{:.2}|{:.5}|{:10}|".format(3.14159, "abcdefgh", True))
print("{:n} {:g} {:.0f}".format(1234, 1e16, 2.5))
print("{last}, {first}".format_map({"first": "Ada", "last": "Lovelace"}))
for fmt, args in [("{2}", (1,)), ("{}{1}", (1, 2)), ("{:d}", ("x",)), ("{x}", ())]:
    try:
        print(fmt.format(*args))
    except (IndexError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
