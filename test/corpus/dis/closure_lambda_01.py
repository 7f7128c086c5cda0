# Lambdas capturing locals and loop variables.
def make(n):
    add = lambda x: x + n
    twice = lambda f, v: f(f(v))
    return twice(add, 0)

def table(k):
    return [lambda: i * k for i in range(4)]

def curry(a):
    return lambda b: lambda c: a + b + c

print(make(3))
print([f() for f in table(2)])
print(curry(1)(2)(3))
