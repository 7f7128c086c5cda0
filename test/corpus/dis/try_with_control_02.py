# return from except and from nested finally blocks.
def attempt(x):
    try:
        try:
            return 10 / x
        finally:
            print("inner")
    except ZeroDivisionError:
        return "div"
    finally:
        print("outer")

def loop_except(xs):
    for x in xs:
        try:
            y = 1 / x
        except ZeroDivisionError:
            return "zero at " + str(x)
    return "clean"

print(attempt(2), attempt(0), loop_except([1, 0]))
