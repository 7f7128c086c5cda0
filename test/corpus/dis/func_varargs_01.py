# *args and **kwargs.
def total(*args):
    s = 0
    for a in args:
        s += a
    return s

def describe(**kwargs):
    keys = sorted(kwargs)
    return [(k, kwargs[k]) for k in keys]

def both(first, *rest, **options):
    return first, rest, options

print(total(1, 2, 3))
print(describe(a=1, b=2))
print(both(1, 2, 3, x=4))
