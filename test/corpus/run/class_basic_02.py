# Plain classes: instance vs class attributes, methods calling methods, __dict__, default args,
# object identity, vars(), getattr/setattr/delattr, mutable default trap.
class Stack:
    def __init__(self, items=None):
        self.items = [] if items is None else list(items)

    def push(self, x):
        self.items.append(x)
        return self

    def pop(self):
        if self.is_empty():
            raise IndexError("pop from empty stack")
        return self.items.pop()

    def peek(self):
        return self.items[-1] if self.items else None

    def is_empty(self):
        return not self.items

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return "Stack(%r)" % self.items

s = Stack().push(1).push(2).push(3)
print(s, len(s), s.peek(), s.pop(), s, s.is_empty(), bool(s))
t = Stack("ab")
print(t, vars(t), t.__dict__ == {"items": ["a", "b"]}, type(t).__name__, t.__class__ is Stack)
setattr(t, "label", "letters")
print(getattr(t, "label"), hasattr(t, "label"), sorted(vars(t)))
delattr(t, "label")
print(hasattr(t, "label"), getattr(t, "label", None))
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)

class Bad:
    def __init__(self, log=[]):
        self.log = log

    def add(self, x):
        self.log.append(x)

a, b = Bad(), Bad()
a.add(1)
b.add(2)
print(a.log, b.log, a.log is b.log, a is b, a == b, a != b)

class Point:
    dims = 2

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def dist2(self, other=None):
        other = other or Point()
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2

p = Point(3, 4)
print(p.dist2(), p.dist2(Point(1, 1)), Point.dims, p.dims, Point.dist2(p), p.__class__.__name__)
p.dims = 3
print(p.dims, Point.dims, Point(1).x, Point(y=5).y)
try:
    p.z
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
