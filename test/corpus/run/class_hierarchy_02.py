# A class hierarchy with super() chains, overriding, class attributes and isinstance tuples.
class Animal:
    kingdom = "animalia"
    count = 0

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1

    def speak(self):
        return "%s says %s" % (self.name, self.sound)

    def describe(self):
        return "%s (%s)" % (self.speak(), type(self).__name__)

class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, "woof")
        self.tricks = []

    def learn(self, trick):
        self.tricks.append(trick)
        return self

class Puppy(Dog):
    def speak(self):
        return super().speak() + " (squeaky)"

class Cat(Animal):
    def __init__(self, name, indoor=True):
        super(Cat, self).__init__(name, "meow")
        self.indoor = indoor

pets = [Dog("rex").learn("sit").learn("roll"), Puppy("bit"), Cat("tom", indoor=False), Animal("generic")]
for p in pets:
    print(p.describe(), isinstance(p, Dog), isinstance(p, (Cat, Puppy)), p.kingdom)
print(Animal.count, pets[0].tricks, pets[1].tricks, pets[2].indoor)
print(issubclass(Puppy, Animal), issubclass(Cat, Dog), issubclass(bool, int), issubclass(Dog, (Cat, Animal)))
print(Puppy.__mro__)
print(Puppy.__bases__, Dog.__name__, Puppy.speak is Dog.speak, Dog.speak is Animal.speak)
Animal.kingdom = "changed"
print(pets[1].kingdom, Cat.kingdom)
pets[0].kingdom = "own"
print(pets[0].kingdom, Dog.kingdom, "kingdom" in vars(pets[0]))

class Base:
    def hello(self):
        return "Base.hello"

class Mid1(Base):
    def hello(self):
        return "Mid1>" + super().hello()

class Mid2(Base):
    def hello(self):
        return "Mid2>" + super().hello()

class Leaf(Mid1, Mid2):
    def hello(self):
        return "Leaf>" + super().hello()

print(Leaf().hello(), [c.__name__ for c in Leaf.__mro__])
