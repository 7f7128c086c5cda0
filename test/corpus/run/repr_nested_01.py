# repr/str of nested containers and of special values.
data = {"list": [1, 2.5, "three", None], "tuple": (True, False), "empty": [(), {}, []]}
print(data)
print(repr(data["list"]), str(data["tuple"]))
print([[]], [()], ((),), ([],), {"a": {"b": {}}})
print([1.0, 1e100, -0.0, 1.5e-7], (1,), ("a",), [("x", 1)])
print(repr("quote'"), repr('dq"'), repr("both'\""), ["it's"], {"k": "v'"})
print(str(None), str(True), repr(...), [print])
