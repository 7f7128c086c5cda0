# and/or/not in conditions (jump contexts).
def test(a, b, c):
    if a and b or not c:
        r = 1
    else:
        r = 2
    if not (a or b):
        r += 10
    if a and (b or c) and not (a and c):
        r += 100
    while a and not b:
        a = 0
    return r

print(test(1, 1, 0), test(0, 0, 1), test(1, 0, 1))
