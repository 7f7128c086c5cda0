# raise forms: class, instance, re-raise, raise from.
class AppError(Exception):
    pass

def check(v):
    if v is None:
        raise ValueError
    if v < 0:
        raise AppError("negative: " + str(v))
    return v

def convert(v):
    try:
        return int(v)
    except ValueError as e:
        raise AppError("bad") from e

def passthrough(f, x):
    try:
        return f(x)
    except AppError:
        raise

print(check(1), convert("3"), passthrough(check, 2))
