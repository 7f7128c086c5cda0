# Ends with an uncaught AttributeError after output was printed.
class Dog:
    def __init__(self, name):
        self.name = name

d = Dog("rex")
print(d.name)
print(d.age)
