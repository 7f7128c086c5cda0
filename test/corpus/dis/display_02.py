# Nested displays and displays with star/double-star unpacking.
a = [1, 2]
b = {"k": 1}
nested = [[1, 2], (3, 4), {"x": [5, 6]}, {7}]
deep = ((1, (2, (3, ()))), [[[]]])
merged = [*a, 3, *a]
tupled = (*a, 0)
setted = {*a, 9}
dicts = {**b, "j": 2, **{"m": 3}}
mixed = {"a": [1, {"b": (2, 3)}], "c": None}
print(nested, deep, merged, tupled, sorted(setted), dicts, mixed)
