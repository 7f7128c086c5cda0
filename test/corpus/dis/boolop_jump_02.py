# Boolean operators in while, assert, comprehension conditions and conditional expressions.
def loop(xs):
    i = 0
    while i < len(xs) and xs[i] is not None or i == 0:
        i += 1
        if i > 10:
            break
    assert i >= 0 and xs or not xs, "weird"
    picked = [x for x in xs if x and x > 1 or x == -1]
    return i, picked, ("y" if i and picked else "n")

print(loop([1, 2, None, -1]), loop([]))
