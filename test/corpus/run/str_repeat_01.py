# str * int, list * int and their edge cases.
print("ab" * 3, "ab" * 0, "ab" * -1, repr("" * 5))
print([0] * 3, [1, 2] * 2, [] * 10, (1,) * 4)
line = "=" * 20
print(line)
for i in range(1, 5):
    print(" " * (4 - i) + "*" * (2 * i - 1))
print(len("xyz" * 1000))
