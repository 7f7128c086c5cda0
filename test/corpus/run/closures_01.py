# Closures: counters, adders, late binding and nonlocal.
def make_counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2())

def adders():
    return [lambda x: x + i for i in range(3)]

print([f(10) for f in adders()])
print([f(10) for f in [lambda x, i=i: x + i for i in range(3)]])

def outer():
    msg = "hi"
    def inner():
        return msg + "!"
    msg = "bye"
    return inner()

print(outer())
