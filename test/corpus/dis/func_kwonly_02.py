# Keyword-only parameters inside a method and a nested function.
class Shape:
    def __init__(self, *, width, height=1):
        self.width = width
        self.height = height

    def area(self, *, scale=1):
        return self.width * self.height * scale

def make(*, kind="box"):
    def inner(*, w):
        return Shape(width=w)
    return inner(w=len(kind))

print(Shape(width=2).area(scale=3))
print(make().area())
