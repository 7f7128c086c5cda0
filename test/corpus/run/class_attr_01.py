# Class attributes vs instance attributes, counters on the class.
class Widget:
    created = 0
    tags = []

    def __init__(self, name):
        Widget.created += 1
        self.name = name
        self.tags = self.tags + [name]

a = Widget("a")
b = Widget("b")
print(Widget.created, a.tags, b.tags, Widget.tags)
a.created = 100
print(a.created, b.created, Widget.created)
del a.created
print(a.created)
print(hasattr(a, "name"), hasattr(a, "missing"), getattr(b, "name"), getattr(b, "zzz", "dflt"))
setattr(b, "extra", 5)
print(b.extra)
