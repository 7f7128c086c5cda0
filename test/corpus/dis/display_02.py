# Nested displays of constants and names, several levels deep.
a = [1, 2]
b = {"k": 1}
nested = [[1, 2], (3, 4), {"x": [5, 6]}, {7}]
deep = ((1, (2, (3, ()))), [[[]]])
mixed = {"a": [1, {"b": (2, 3)}], "c": None}
varnested = [[a, b], (a, (b, a)), {"a": a, "b": [b, {"c": a}]}]
print(nested, deep, mixed, varnested)
