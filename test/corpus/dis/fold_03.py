# Expressions that are NOT folded: results too large, or non-constant operands.
big_power = 2 ** 1000
big_string = "x" * 5000
big_tuple = (0,) * 300
long_shift = 1 << 200
small = 2 ** 8
div_zero = 1 / 0 if False else 1
name = "n"
not_folded = name * 2

def inside():
    return 10 ** 100, 3 ** 200, "ab" * 2100, -(2 ** 63)

print(len(str(big_power)), len(big_string), len(big_tuple), long_shift > 0, small, not_folded)
