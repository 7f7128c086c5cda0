# and/or/not values, truthiness, short circuit and chained comparisons.
def loud(x):
    print("eval", x)
    return x

print(0 or "default", "" or [] or None, 1 and 2, 0 and 1/0)
print(loud(1) and loud(0) and loud(2))
print(loud(0) or loud("") or loud("found"))
print(not 0, not [], not [0], not "", not None)
x = 5
print(1 < x < 10, 10 > x > 7, 1 < x == 5, x is not None, x in [5], x not in (1, 2))
print(bool([]), bool([0]), bool(0.0), bool("0"), bool({}), bool(range(0)))
if x > 3 and x < 10 or x == 0:
    print("in range")
if not (x == 1 or x == 2):
    print("not 1 or 2")
print(True + True, True * 3, False - 1)
