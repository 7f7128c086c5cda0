# Custom exception classes, raise from, finally ordering.
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

class NotFound(AppError):
    pass

def fetch(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise NotFound(404, "no " + key) from e
    finally:
        print("fetch", key)

for k in ["a", "b"]:
    try:
        print("got", fetch(k))
    except AppError as e:
        print("error", e.code, e, type(e.__cause__).__name__)
