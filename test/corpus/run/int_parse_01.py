# int() and str() conversions and their errors.
print(int("42"), int("  42  "), int("-0"), int("+5"), int("1_000"))
print(int("101", 2), int("z", 36), int("0x1f", 16), int("0o17", 0), int("0b11", 0))
print(str(42) * 3, "7" + str(7), int("7") + 7, float("1e3"), float(" 2.5 "))
for bad in ["", "4.5", "abc", "1 2"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float("x")
except ValueError as e:
    print("ValueError:", e)
