# raise from None, raise inside except without args, raise in finally.
def quiet(d):
    try:
        return d["k"]
    except KeyError:
        raise LookupError("no k") from None

def retry(n):
    err = None
    for i in range(n):
        try:
            if i < 2:
                raise RuntimeError(i)
            return i
        except RuntimeError as e:
            err = e
    raise err

print(retry(3))
try:
    quiet({})
except LookupError as e:
    print(e)
