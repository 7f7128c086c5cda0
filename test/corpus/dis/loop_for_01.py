# for loops over ranges, lists, strings and dict items.
total = 0
for i in range(10):
    total += i
for ch in "abc":
    print(ch)
d = {"a": 1, "b": 2}
for k, v in d.items():
    print(k, v)
for idx, word in enumerate(["x", "y"]):
    print(idx, word)
print(total)
