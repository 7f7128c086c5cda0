# try/except/else/finally ordering, return and break inside finally, nested handlers.
def attempt(x):
    try:
        print("try", x)
        r = 10 / x
    except ZeroDivisionError:
        print("except", x)
        return "div0"
    else:
        print("else", x)
        return r
    finally:
        print("finally", x)

print(attempt(2), attempt(0))

def overriding():
    try:
        return "from try"
    finally:
        return "from finally"

print(overriding())

def swallow():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            print("ok", i)
        finally:
            if i == 1:
                print("breaking in finally")
                break
    return i

print(swallow())

def nested(v):
    try:
        try:
            return int(v)
        except ValueError:
            print("inner handler")
            raise
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer handler:", e)
        return -1
    finally:
        print("outer finally")

print(nested("5"), nested("x"))
log = []
for k in ["a", "b", "c"]:
    try:
        log.append("start " + k)
        if k == "b":
            continue
        log.append("body " + k)
    finally:
        log.append("end " + k)
print(log)
