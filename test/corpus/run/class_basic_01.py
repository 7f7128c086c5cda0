# Classes: attributes, methods, __repr__ and __str__.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(" + repr(self.x) + ", " + repr(self.y) + ")"

    def __str__(self):
        return "(" + str(self.x) + ", " + str(self.y) + ")"

    def add(self, other):
        return Point(self.x + other.x, self.y + other.y)

p = Point(1, 2)
q = Point(10, 20)
print(p)
print(repr(p))
print(p.add(q))
print([p, q])
print(p.x, q.y)
