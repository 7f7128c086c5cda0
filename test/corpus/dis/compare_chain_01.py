# Chained comparisons in value and jump contexts.
def between(x, lo, hi):
    return lo <= x < hi

def order(a, b, c):
    if a < b < c:
        return "ascending"
    if a > b > c:
        return "descending"
    if a == b == c:
        return "flat"
    return "mixed"

x = 5
ok = 1 < x <= 10 != 11
print(between(3, 0, 5), order(1, 2, 3), order(3, 2, 1), order(1, 1, 1), ok)
