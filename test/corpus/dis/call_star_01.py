# f(*a, **k) call forms.
def f(a, b, c=0, **extra):
    return a + b + c + len(extra)

args = (1, 2)
kwargs = {"c": 3}
print(f(*args))
print(f(*args, **kwargs))
print(f(1, *[2]))
print(f(*args, d=4, **kwargs))
more = [1, 2, 3]
print(f(*more, e=5))
