# Operator overloading via dunder methods.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __eq__(self, o):
        return self.x == o.x and self.y == o.y

    def __len__(self):
        return 2

    def __repr__(self):
        return "Vec(%d, %d)" % (self.x, self.y)

v = Vec(1, 2) + Vec(3, 4)
print(v, v * 3, len(v))
print(v == Vec(4, 6), v == Vec(0, 0), v != Vec(4, 6))
