# and/or/not producing values.
def first_truthy(a, b, c):
    return a or b or c

def all_truthy(a, b, c):
    return a and b and c

def mixed(a, b, c):
    x = a and b or c
    y = not a
    z = (a or b) and not c
    w = a or (b and c)
    return x, y, z, w

print(first_truthy(0, "", 3), all_truthy(1, 2, 3), mixed(0, 1, 2))
default = None or "fallback"
print(default)
