# Ends with an exception raised while handling another: both tracebacks are printed.
def parse(s):
    try:
        return int(s)
    except ValueError:
        return fallback[s]

fallback = {"one": 1}
print(parse("7"), parse("one"))
print(parse("two"))
