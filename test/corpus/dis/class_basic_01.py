# A class with methods.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

p = Point(3, 4)
print(p.norm2())
q = p.moved(1, 1)
print(q.x, q.y)
