# More dunders: __eq__ without __hash__, __ne__ fallback, reflected operators, __iadd__,
# __call__, __getattr__, __setattr__ guard, __str__ vs __repr__ in containers and formatting.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return "Money(%d)" % self.cents

    def __str__(self):
        return "$%d.%02d" % divmod(self.cents, 100)

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents

    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        return Money(self.cents + other.cents)

    __radd__ = __add__

    def __iadd__(self, other):
        self.cents += other.cents
        return self

    def __lt__(self, other):
        return self.cents < other.cents

    def __le__(self, other):
        return self.cents <= other.cents

    def __format__(self, spec):
        return format(str(self), spec)

a, b = Money(1999), Money(1)
print(a, repr(a), [a, b], (a,), {"k": a}, str([a]))
print(a + b, 5 + a, sum([a, b, Money(100)]), a == Money(1999), a != b, a == 1999)
c = a
c += b
print(a, c is a, sorted([Money(3), Money(1), Money(2)]), b <= a, a >= b, a > b)
print(f"[{a:>10}] [{b:<8}]", "{0!r} {0!s} {0}".format(b))
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)

class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs

    def __call__(self, x):
        total = 0
        for c in reversed(self.coeffs):
            total = total * x + c
        return total

    def __len__(self):
        return len(self.coeffs)

    def __getattr__(self, name):
        if name == "degree":
            return len(self.coeffs) - 1
        raise AttributeError("no attribute %r" % name)

p = Polynomial(1, 0, 2)
print(p(0), p(3), [p(x) for x in range(4)], len(p), p.degree, callable(p), callable(3))
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)

class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)

    def __setattr__(self, name, value):
        raise AttributeError("frozen: cannot set " + name)

f = Frozen(3)
try:
    f.v = 4
except AttributeError as e:
    print(e, f.v)
print(getattr(f, "v"), getattr(f, "w", "default"), hasattr(f, "v"), hasattr(f, "w"))
