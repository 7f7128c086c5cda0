# Defaults evaluated at definition time from globals.
base = 3

def scale(v, factor=base * 2, offset=-1):
    return v * factor + offset

def pick(seq, index=0, default=[]):
    if index < len(seq):
        return seq[index]
    return default

base = 100
print(scale(2))
print(pick([1, 2], 1), pick([], 5))
