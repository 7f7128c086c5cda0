# Function calls: defaults, keyword arguments, *args, **kwargs, keyword-only.
def f(a, b=2, *args, c=3, **kwargs):
    return [a, b, args, c, sorted(kwargs.items())]

print(f(1))
print(f(1, 5))
print(f(1, 5, 6, 7))
print(f(1, c=9))
print(f(1, 2, 3, c=4, d=5, e=6))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))
print(f(b=1, a=2))

def kwonly(*, x, y=10):
    return x + y

print(kwonly(x=1), kwonly(y=1, x=2))

def defaults_shared(item, bucket=[]):
    bucket.append(item)
    return bucket

print(defaults_shared(1), defaults_shared(2))
