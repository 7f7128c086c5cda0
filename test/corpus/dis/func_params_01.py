# Positional parameters and returns.
def add(a, b):
    return a + b

def mul3(a, b, c):
    r = a * b
    r = r * c
    return r

def nothing():
    pass

def only_return():
    return

print(add(1, 2))
print(mul3(2, 3, 4))
print(nothing(), only_return())
