# finally with loops, with-statement cleanup order, exception in finally, else clauses of loops.
import threading

class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError

with Resource("a") as r1, Resource("b") as r2:
    print("using", r1.name, r2.name)
with Resource("c"):
    raise KeyError("suppressed")
print("after suppressed")
try:
    with Resource("d"):
        raise ValueError("not suppressed")
except ValueError as e:
    print("caught", e)

def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
        return -1
    return i

print(find([1, 2, 3], 2), find([1, 2, 3], 9))
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)

def cleanup_fails():
    try:
        raise ValueError("original")
    finally:
        raise RuntimeError("from finally")

try:
    cleanup_fails()
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

lock = threading.Lock()
def locked_div(a, b):
    with lock:
        return a / b

try:
    locked_div(1, 0)
except ZeroDivisionError:
    print("lock released:", not lock.locked())
results = []
for x in [3, 0, "a", 5]:
    try:
        results.append(10 // x)
    except ZeroDivisionError:
        results.append("div0")
    except TypeError as e:
        results.append(type(e).__name__)
    else:
        results.append("ok")
    finally:
        results.append("|")
print(results)
