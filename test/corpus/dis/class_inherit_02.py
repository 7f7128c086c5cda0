# Inheritance from a base chosen by an expression, isinstance checks.
class Base:
    def value(self):
        return 1

class Mid(Base):
    def value(self):
        return Base.value(self) + 10

bases = [Base, Mid]

class Leaf(bases[1]):
    pass

for cls in (Base, Mid, Leaf):
    obj = cls()
    print(cls.__name__, obj.value(), isinstance(obj, Base))
