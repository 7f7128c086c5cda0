# Membership tests against constant lists/sets become tuples/frozensets.
def check(x):
    r1 = x in [1, 2, 3]
    r2 = x not in [4, 5]
    r3 = x in {6, 7}
    r4 = x in ("a", "b")
    if x in [8, 9]:
        r1 = None
    for y in [1, 2, 3]:
        r2 = y
    for z in {4, 5}:
        r3 = z
    return r1, r2, r3, r4

print(check(2))
