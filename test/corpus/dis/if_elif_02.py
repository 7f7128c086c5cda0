# Nested ifs and ifs without else at module level.
a = 3
b = 7
if a > 2:
    if b > 5:
        print("both")
    else:
        print("a only")
elif b > 5:
    print("b only")
if a == b:
    pass
else:
    a = b
if a != 3:
    print(a)
