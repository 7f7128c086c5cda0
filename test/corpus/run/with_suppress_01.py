# A context manager that suppresses exceptions; return from inside with.
class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return None

    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.types):
            print("suppressed", t.__name__)
            return True
        return False

def f():
    with Suppress(ZeroDivisionError):
        return 1 / 0
    return "after with"

print(f())
with Suppress(KeyError, IndexError):
    [][1]
print("still running")
