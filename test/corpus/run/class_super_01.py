# super() chains through three classes, method resolution.
class A:
    def hello(self):
        return ["A"]

class B(A):
    def hello(self):
        return ["B"] + super().hello()

class C(B):
    def hello(self):
        return ["C"] + super().hello()

    def __init__(self):
        super().__init__()
        self.ready = True

c = C()
print(c.hello(), c.ready)
print(C.__name__, C.__mro__[1].__name__, len(C.__mro__))
print(type(c).__name__, type(c) is C)
