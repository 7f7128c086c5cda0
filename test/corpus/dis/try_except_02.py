# Multiple handlers, tuple of exception types, else and finally.
def lookup(d, k):
    try:
        v = d[k]
    except KeyError:
        v = "missing"
    except (TypeError, AttributeError) as err:
        v = "bad: " + str(err)
    else:
        v = "found " + str(v)
    finally:
        print("lookup done")
    return v

print(lookup({"a": 1}, "a"))
print(lookup({}, "a"))
print(lookup({}, []))
