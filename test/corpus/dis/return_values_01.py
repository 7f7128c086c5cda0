# Return in different positions.
def sign(n):
    if n < 0:
        return -1
    elif n == 0:
        return 0
    return 1

def first_even(items):
    for i in items:
        if i % 2 == 0:
            return i
    return None

def pair():
    return 1, 2

def early(x):
    while True:
        if x > 10:
            return x
        x = x * 2

print(sign(-5), first_even([1, 3, 4]), pair(), early(3))
