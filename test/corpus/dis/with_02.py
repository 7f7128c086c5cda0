# with with multiple items and nested with statements.
import threading

a = threading.Lock()
b = threading.RLock()

def both():
    with a, b:
        x = 1
    with a as la, b as lb:
        y = la is lb
    with a:
        with b:
            z = 3
    return x, y, z

print(both())
