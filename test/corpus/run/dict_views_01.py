# dict views: live keys/values/items, set operations on keys and items, reversed, and
# "changed size during iteration".
d = {"a": 1, "b": 2, "c": 3}
ks, vs, its = d.keys(), d.values(), d.items()
print(ks, vs, its, len(ks), "a" in ks, 2 in vs, ("c", 3) in its)
d["d"] = 4
del d["a"]
print(ks, vs, its, list(reversed(d)), list(reversed(d.items())) if False else sorted(d.items(), reverse=True))
print(ks & {"b", "z"}, ks | {"z"} == {"b", "c", "d", "z"}, ks - {"b"} == {"c", "d"}, sorted(ks ^ {"b", "q"}))
print(its & {("b", 2), ("c", 0)}, list(zip(ks, vs)), dict(its) == d, [k * v for k, v in its])
try:
    for k in d:
        d[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(d))
counts = dict.fromkeys(["x", "y"], 0)
for k in list(counts):
    counts[k + k] = counts.pop(k) + 1
print(counts, min(counts.values()), sum(counts.values()), max(counts.items(), key=lambda kv: kv[0]))
e = {}
print(e.keys(), e.values(), e.items(), list(e), {1: "a", True: "b", 1.0: "c"}, {(1, 2): "t"}[(1, 2)])
