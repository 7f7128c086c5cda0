# Locals shadowing globals, parameters reassigned.
x = 10

def f(x, y):
    x = x + 1
    z = x * y
    return z

def g(a):
    b = a
    a = 5
    return a, b

print(f(x, 2))
print(g(3))
print(x)
