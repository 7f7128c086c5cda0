# in, not in, is, is not, and the six comparisons.
def compare(a, b, seq):
    return [
        a == b, a != b, a < b, a <= b, a > b, a >= b,
        a in seq, a not in seq, a is b, a is not b,
        a is None, b is not None, not a in seq, not a is b,
    ]

def branches(x, seq):
    if x in seq:
        return "in"
    if x not in seq and x is not None:
        return "out"
    if x is None:
        return "none"
    return "?"

print(compare(1, 2, [1]), branches(3, [3]), branches(4, []), branches(None, []))
