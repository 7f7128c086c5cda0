# Exception hierarchies, except tuples, raise from, bare raise, chaining attributes.
class AppError(Exception):
    pass

class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key

    def __str__(self):
        return "bad config %r: %s" % (self.key, self.args[1])

def load(cfg, key):
    try:
        return int(cfg[key])
    except KeyError as e:
        raise ConfigError(key, "missing") from e
    except ValueError:
        raise ConfigError(key, "not a number")

cfg = {"port": "80", "host": "x"}
for key in ["port", "timeout", "host"]:
    try:
        print(key, load(cfg, key))
    except AppError as e:
        print(type(e).__name__, e, e.args, e.key)
        print("  cause:", type(e.__cause__).__name__, "context:", type(e.__context__).__name__, e.__suppress_context__)

def checked(v):
    try:
        if v < 0:
            raise ValueError("negative")
        if v == 0:
            raise ZeroDivisionError("zero")
        return 1 / v
    except (ValueError, ZeroDivisionError) as e:
        print("handled", type(e).__name__, e)
        if isinstance(e, ZeroDivisionError):
            raise

for v in [2, -1, 0]:
    try:
        print(checked(v))
    except ArithmeticError as e:
        print("re-raised", repr(e))

try:
    try:
        raise KeyError("k")
    except KeyError:
        raise IndexError("i")
except IndexError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
print(issubclass(ConfigError, Exception), isinstance(ConfigError("a", "b"), (KeyError, AppError)))
e = ValueError("x", 2)
print(e.args, str(e), repr(e), str(ValueError()), repr(KeyError("q")), str(KeyError("q")))
