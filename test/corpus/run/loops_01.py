# Loops with break/continue/else and nested loops.
for n in range(2, 12):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 8:
        break
    print("even", i)
else:
    print("never")
for ch in "":
    print("never")
else:
    print("empty loop else")
