# Sets of strings and tuples: iteration order follows CPython 3.8 str hashing (PYTHONHASHSEED=0).
s = {"apple", "banana", "cherry", "date", "elderberry", "fig"}
print(s)
print(set("hello world"), hash("a"), hash(""), hash(("a", 1)), {("x", 1), ("y", 2), ("z", 3)})
print(hash(frozenset([1, 2, 3])), {frozenset([1]), frozenset([2, 3])}, frozenset("abc"))
words = "the quick brown fox jumps over the lazy dog".split()
print(set(words), sorted(set(words)) == sorted(words) and False, {w: len(w) for w in words})
