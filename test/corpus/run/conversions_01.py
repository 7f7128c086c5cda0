# Conversions between int, float, str and bool; bases, edge cases and error messages.
print(int("  42 "), int("-0"), int("1_000"), int("0x1f", 16), int("z", 36), int("0b101", 0), int(" 7\n"))
print(float("1e3"), float("-.5"), float("inf"), float("-Infinity"), float("nan") != float("nan"), float(" 2.50 "))
print(str(-0.0), str(1e100), str(123456789012345.0), str(1e-7), str(True), str(None), repr(1.10))
print(bin(-10), hex(-255), oct(-8), format(255, "#010x"), format(-5, "08b"), format(3, "+05d"), "%#o" % 8)
print(bool(""), bool(" "), bool(0.0), bool(-1), bool([]), bool([0]), bool(None), int(True) + True, True * 3)
print(chr(9731), ord("\n"), str(65) + chr(65), list(map(int, "1 2 3".split())), [float(x) for x in ["1", "2.5"]])
print(round(3.14159, 2), int(7.9999), int(-7.9999), int(1e20), float(2 ** 60), 10 ** 16 + 0.0)
for bad in ["12a", "", "1.5", "0x10"]:
    try:
        print(int(bad))
    except ValueError as e:
        print("ValueError:", e)
for bad in ["abc", "1e", ""]:
    try:
        print(float(bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    "n=" + 5
except TypeError as e:
    print("TypeError:", e)
try:
    int("9" * 5000)
except ValueError as e:
    print("ValueError:", str(e)[:60])
