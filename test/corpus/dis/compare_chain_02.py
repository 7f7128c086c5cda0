# Long chains and chains mixing identity/membership operators.
def check(a, b, c, d, xs):
    r1 = a < b < c < d
    r2 = a in xs not in [[]] 
    r3 = a is not None is not b
    r4 = 0 <= a <= b <= c <= d <= 100
    return r1, r2, r3, r4

print(check(1, 2, 3, 4, [1]))
