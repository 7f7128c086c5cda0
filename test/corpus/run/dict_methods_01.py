# dict methods and insertion ordering.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 100), d.setdefault("e", 5), d)
d.update({"a": 10, "f": 6})
d.update(g=7)
print(d)
print(d.pop("b"), d.pop("zz", "none"), d)
del d["c"]
print(d, len(d), "a" in d, "b" in d)
for k, v in d.items():
    print(k, "->", v)
e = dict(x=1, y=2)
f = dict([("p", 1), ("q", 2)])
print(e, f, dict(zip("ab", range(2))), dict.fromkeys("xy", 0))
d.clear()
print(d, e.copy() == e)
d["z"] = 1
d["a"] = 2
d["z"] = 3
print(d)
