# Ends with an exception raised `from` another: the cause is printed first.
def load(key):
    store = {}
    try:
        return store[key]
    except KeyError as e:
        raise RuntimeError("cannot load " + key) from e

print("loading")
load("settings")
