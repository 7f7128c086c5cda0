# Ends with an uncaught ZeroDivisionError raised two calls deep: traceback and exit status 1.
def ratio(a, b):
    return a / b

def report(values):
    for v in values:
        print("ratio", ratio(10, v))

report([5, 2, 0, 1])
print("not reached")
