# super().__init__() and super() method calls.
class Base:
    def __init__(self, name):
        self.name = name

    def describe(self):
        return "base " + self.name

class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def describe(self):
        return super().describe() + " aged " + str(self.age)

c = Child("kim", 9)
print(c.describe())
