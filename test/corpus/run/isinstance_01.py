# isinstance/issubclass with builtin types, tuples of types, bool/int, type() comparisons.
values = [1, 2.5, "s", [1], (1,), {"a": 1}, {1}, None, True, 10 ** 30, frozenset()]
for v in values:
    kinds = []
    if isinstance(v, (int, float)):
        kinds.append("number")
    if isinstance(v, bool):
        kinds.append("bool")
    if isinstance(v, (list, tuple)):
        kinds.append("sequence")
    if isinstance(v, (set, frozenset)):
        kinds.append("set")
    if isinstance(v, dict):
        kinds.append("mapping")
    if isinstance(v, str):
        kinds.append("text")
    print(repr(v), type(v).__name__, kinds, type(v) is int, isinstance(v, object))
print(isinstance(True, int), type(True) == int, issubclass(bool, (str, int)), isinstance(3, (str, (list, int))))
print(type(3) in (int, float), type(None).__name__, type(type), type(int), isinstance(int, type))

def describe(x):
    if isinstance(x, bool):
        return "bool"
    elif isinstance(x, int):
        return "int"
    elif isinstance(x, float):
        return "float"
    elif isinstance(x, str):
        return "str of %d" % len(x)
    return "other"

print([describe(x) for x in [True, 0, 0.0, "abc", []]])
try:
    isinstance(3, 4)
except TypeError as e:
    print("TypeError:", e)
