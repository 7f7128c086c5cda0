# KeyError repr, args, exception hierarchy and handler order.
try:
    {}["missing"]
except KeyError as e:
    print(repr(e), e.args, str(e))
try:
    raise ValueError("bad value", 42)
except ValueError as e:
    print(e.args, e)
try:
    [][0]
except LookupError as e:
    print("lookup:", type(e).__name__)
try:
    raise KeyError(7)
except IndexError:
    print("wrong")
except KeyError as e:
    print("key", e)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
