# Frozenset constants mixing ints, floats, bools, strs, unicode strs and nested tuples.
z = 3
hit = z in {1, 2, 3, -1, 2**40, 0.5, True, "s", ("t", 1), (), ("a", ("b", 2.5))}
acc = "é" in {"é", "ü", "日本", "😀", "plain"}
def pick(v):
    if v in {"", "a", "Q", "__main__", "__name__", "open", "close", "self"}:
        return 1
    return v in {(1, "one"), (2, "two"), "three", 4, 5.0}
