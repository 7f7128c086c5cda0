# dict methods and idioms: counting, grouping, merging, views, deletion, ordering.
stock = {"apple": 3, "pear": 0, "fig": 12}
stock["kiwi"] = 5
stock.update({"pear": 4}, plum=2)
print(stock, len(stock), "fig" in stock, "nut" not in stock)
print(stock.get("nut"), stock.get("nut", -1), stock.setdefault("nut", 9), stock.setdefault("fig", 0))
print(stock.pop("apple"), stock.pop("zzz", "none"), stock.popitem(), stock)
print(list(stock.keys()), list(stock.values()), list(stock.items())[:2])
del stock["pear"]
print(sorted(stock), sorted(stock.items(), key=lambda kv: kv[1]), max(stock, key=stock.get))
words = "the cat and the hat and the bat".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in words:
    groups.setdefault(len(w), []).append(w)
print(groups)
inverse = {v: k for k, v in {"a": 1, "b": 2, "c": 3}.items()}
print(inverse, dict.fromkeys("abc", 0), dict(zip("xyz", range(3))), dict([("p", 1), ("q", 2)]))
merged = {**{"a": 1, "b": 2}, **{"b": 20, "c": 30}}
print(merged, {**merged, "d": 4} == dict(merged, d=4))
copy = merged.copy()
copy["a"] = 100
print(merged["a"], copy["a"], merged == copy, merged != copy)
for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{k:>4}: {'#' * v}")
try:
    print(counts["dog"])
except KeyError as e:
    print("missing", e, repr(e))
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = [1, 2]
print(nested, nested["a"]["b"].keys())
counts.clear()
print(counts, bool(counts), {} == dict())
