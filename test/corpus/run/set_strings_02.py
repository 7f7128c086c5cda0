# Sets of strings built every way CPython builds them: displays (constant and not), set(),
# frozenset(), comprehensions, update() from lists/sets/dicts/strings, the operators and their
# in-place forms, adds and removes that force resizes and leave dummies. Order is CPython's
# (PYTHONHASHSEED=0); it differs between 3.8-3.10 (SipHash-2-4) and 3.11+ (SipHash-1-3).
fruits = ["apple", "banana", "cherry", "date", "elderberry", "fig", "grape", "kiwi", "lemon", "mango"]
a = {"apple", "banana", "cherry", "date"}
b = {"cherry", "date", "elderberry", "fig", "grape"}
print(a, b)
print(a | b, a & b, a - b, b - a, a ^ b)
print(b | a, b & a, b ^ a)
c = set(fruits)
print(c, len(c))
d = set()
for f in fruits:
    d.add(f)
print(d, d == c)
e = set(["kiwi", "lemon"])
e.update(fruits)
print(e)
e.update({"x1": 1, "y2": 2, "zz": 3})
print(e)
e.update({"alpha", "beta", "gamma"})
print(e)
e.update("xyz")
print(e)
for f in fruits[:7]:
    e.discard(f)
print(e, len(e))
e.add("apple")
e.add("papaya")
print(e)
for w in ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]:
    e.add(w)
print(e)
g = {f.upper() for f in fruits}
print(g)
h = {f[:3] for f in fruits if len(f) > 4}
print(h)
fz = frozenset(fruits)
print(fz, hash(fz) == hash(frozenset(reversed(fruits))))
print(frozenset({"red", "green", "blue"}), frozenset(["red", "green", "blue"]) | {"cyan"})
x = set(a)
x |= b
print(x)
x &= {"banana", "date", "fig", "zebra"}
print(x)
x ^= {"date", "quail", "robin", "sparrow"}
print(x)
x -= {"quail"}
print(x)
y = a.union(b, ["kiwi", "lemon"], "qr")
print(y)
print(a.intersection(b, fruits), a.difference(b, ["apple"]), a.symmetric_difference(fruits))
z = c.copy()
z.remove("apple")
z.add("apricot")
print(z, c)
p = set(fruits)
print(sorted([p.pop() for _ in range(3)]), len(p))
print({w for w in "the quick brown fox jumps over the lazy dog".split() if "o" in w})
name, value = "name", "value"
print({name, value, "key", "data"}, {"date", "text", "items"})
print({"spam", "eggs", "ham"}, {"foo", "bar", "baz", "qux"}, {"alpha", "beta", "gamma", "delta"})
