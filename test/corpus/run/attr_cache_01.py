# Attribute sites that see an instance dict change under them: deleted, re-added, cleared,
# replaced, shadowing a method, and two instances through one site.
class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return "method"


def read(o):
    try:
        return o.v
    except AttributeError as e:
        return "missing: " + str(e)


def call(o):
    return o.get()


a = Box(1)
b = Box(2)
for step in range(8):
    if step == 2:
        del a.v
    if step == 3:
        a.v = 30
    if step == 4:
        a.__dict__.clear()
    if step == 5:
        a.__dict__["v"] = 50
    if step == 6:
        a.get = lambda: "instance"
    if step == 7:
        del a.get
        a.v += 1
    print(step, read(a), read(b), call(a), call(b))
for o in (a, b, a):
    o.v = o.v * 2
    print(read(o))
