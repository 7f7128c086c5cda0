# Displays inside functions; many-element displays of constants and names.
def build(p, q):
    nums = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
    names = [p, q, p, q, p, q]
    pairs = {"one": 1, "two": 2, "three": 3, "four": 4}
    varpairs = {p: q, q: p, "x": p}
    frozen = (p, q, 1, "a", None, True)
    literal_set = {"a", "b", "c"}
    return nums, names, pairs, varpairs, frozen, sorted(literal_set)

print(build(1, 2))
