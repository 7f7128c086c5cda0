# Method calls with keyword arguments and nested calls.
class Box:
    def __init__(self, size, color="red"):
        self.size = size
        self.color = color

    def resize(self, factor=2, clamp=None):
        self.size = self.size * factor
        if clamp is not None and self.size > clamp:
            self.size = clamp
        return self

b = Box(3, color="blue")
b.resize(factor=3, clamp=7).resize()
print(b.size, b.color)
print(max(1, 5, key=None), int("10", base=2))
