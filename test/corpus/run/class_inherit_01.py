# Inheritance, overriding, super() and isinstance.
class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return self.name + " with area " + str(self.area())

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

for s in [Shape("blob"), Rect(2, 3), Square(4)]:
    print(s.describe(), isinstance(s, Rect), isinstance(s, Shape))
print(issubclass(Square, Shape), issubclass(Shape, Square))
