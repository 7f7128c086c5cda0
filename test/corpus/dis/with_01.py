# with statements: single item, as target, no target.
import threading

lock = threading.Lock()
with lock:
    print("locked")

def read_all(path):
    with open(path) as f:
        data = f.read()
    return data

def guarded(l, items):
    with l:
        items.append(1)
    return items

print(guarded(lock, []))
