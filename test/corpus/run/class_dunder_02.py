# Dunder methods in user classes: repr/str, comparisons, len, getitem, contains, iter, arithmetic.
class Vector:
    def __init__(self, *coords):
        self.coords = list(coords)

    def __repr__(self):
        return "Vector(%s)" % ", ".join([repr(c) for c in self.coords])

    def __str__(self):
        return "<" + ", ".join([str(c) for c in self.coords]) + ">"

    def __len__(self):
        return len(self.coords)

    def __getitem__(self, i):
        return self.coords[i]

    def __contains__(self, x):
        return x in self.coords

    def __iter__(self):
        return iter(self.coords)

    def __eq__(self, other):
        return isinstance(other, Vector) and self.coords == other.coords

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __abs__(self):
        return sum([c * c for c in self.coords]) ** 0.5

    def __add__(self, other):
        return Vector(*[a + b for a, b in zip(self, other)])

    def __mul__(self, k):
        return Vector(*[a * k for a in self])

    __rmul__ = __mul__

    def __neg__(self):
        return self * -1

    def __bool__(self):
        return any(self.coords)

    def __hash__(self):
        return hash(tuple(self.coords))

v = Vector(3, 4)
w = Vector(1, 2)
print(v, repr(v), [v], len(v), v[0], v[-1], v[:1], 4 in v, 5 in v)
print(list(v), abs(v), v + w, v * 2, 3 * w, -w, bool(Vector(0, 0)), bool(v))
print(v == Vector(3, 4), v != w, v == 3, w < v, v > w, sorted([v, w, Vector(0, 1)]))
print(max([v, w]), min(Vector(5), Vector(-1)), {v: "v"}[Vector(3, 4)], len({v, Vector(3, 4), w}))
a, b = v
print(a, b, *w, sum(v), "x".join([str(c) for c in v]))
for i, c in enumerate(Vector(7, 8, 9)):
    print(i, c, end="; ")
print()
try:
    v < 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
