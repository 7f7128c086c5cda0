# with on locks and a custom context manager; exceptions passing through with.
import threading

class Tracker:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False

lock = threading.Lock()
with lock:
    print("locked:", lock.locked())
print("after:", lock.locked())
with Tracker("a") as t, Tracker("b"):
    print("inside", t.name)
try:
    with Tracker("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", e)
