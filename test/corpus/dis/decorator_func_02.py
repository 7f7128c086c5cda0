# Decorators on methods: staticmethod, classmethod, property.
class Temperature:
    scale = "C"

    def __init__(self, degrees):
        self._degrees = degrees

    @property
    def degrees(self):
        return self._degrees

    @staticmethod
    def zero():
        return Temperature(0)

    @classmethod
    def describe(cls):
        return cls.scale

t = Temperature.zero()
print(t.degrees, Temperature.describe())
