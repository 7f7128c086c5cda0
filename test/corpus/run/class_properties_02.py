# property getters/setters/deleters, staticmethod, classmethod alternate constructors.
class Temperature:
    instances = 0

    def __init__(self, celsius=0.0):
        self._c = celsius
        Temperature.instances += 1

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero: %r" % value)
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("resetting")
        self._c = 0.0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def is_valid(c):
        return c >= -273.15

    def __repr__(self):
        return "Temperature(%.2f)" % self._c

t = Temperature(25)
print(t, t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit, Temperature.from_fahrenheit(212), Temperature.is_valid(-300), t.is_valid(0))
try:
    t.celsius = -500
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(t)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
print(Temperature.instances, type(Temperature.celsius).__name__, isinstance(Temperature.__dict__["is_valid"], staticmethod))

class Counter:
    _next = 1

    def __init__(self):
        self.id = Counter._take()

    @classmethod
    def _take(cls):
        n = cls._next
        cls._next += 1
        return n

    @classmethod
    def reset(cls):
        cls._next = 1

cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter._next)
Counter.reset()
print(Counter().id)
