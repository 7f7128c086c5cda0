# Constant tests in elif and in expressions.
def g(flag):
    if flag:
        r = 1
    elif 0:
        r = 2
    elif True:
        r = 3
    else:
        r = 4
    s = 5 if 1 else 6
    t = 7 if 0 else 8
    return r, s, t

print(g(0), g(1))
