# Decorators on functions.
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper()
    return wrapper

def repeat(n):
    def deco(func):
        def wrapper(x):
            return [func(x) for _ in range(n)]
        return wrapper
    return deco

@shout
def hello(name):
    return "hello " + name

@repeat(2)
@shout
def hi(name):
    return "hi " + name

print(hello("a"), hi("b"))
