# property, staticmethod and classmethod.
class Temp:
    unit = "C"

    def __init__(self, c):
        self._c = c

    @property
    def f(self):
        return self._c * 9 / 5 + 32

    @staticmethod
    def freezing():
        return Temp(0)

    @classmethod
    def unit_name(cls):
        return cls.unit + "elsius"

t = Temp(100)
print(t.f, Temp.freezing().f, Temp.unit_name(), t.unit_name())
try:
    t.f = 5
except AttributeError as e:
    print("AttributeError")
