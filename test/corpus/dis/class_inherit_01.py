# Single inheritance with overriding.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says " + self.sound

class Dog(Animal):
    sound = "woof"

class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + "!"

print(Animal("a").speak())
print(Dog("rex").speak())
print(Puppy("bit").speak())
