# Displays with star and double-star unpacking.
a = [1, 2]
b = {"k": 1}
merged = [*a, 3, *a]
tupled = (*a, 0)
setted = {*a, 9}
dicts = {**b, "j": 2, **{"m": 3}}
only = [*a]
print(merged, tupled, sorted(setted), dicts, only)
