# Dict insertion order, overwrite keeps position, deletion and reinsertion.
d = {}
for word in ["pear", "apple", "fig", "apple", "kiwi"]:
    d[word] = d.get(word, 0) + 1
print(d)
d["pear"] = 10
print(list(d))
del d["apple"]
d["apple"] = 0
print(list(d.items()))
inv = {v: k for k, v in d.items()}
print(inv)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"])
