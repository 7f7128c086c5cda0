# Decorators built from closures; function attributes of closures.
def counted(f):
    calls = [0]
    def wrapper(*args, **kwargs):
        calls[0] += 1
        return f(*args, **kwargs)
    wrapper.calls = calls
    return wrapper

@counted
def square(x):
    return x * x

def memo(f):
    cache = {}
    def g(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return g

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(square(3), square(4), square.calls[0])
print(fib(80), square.__name__, fib.__name__)
