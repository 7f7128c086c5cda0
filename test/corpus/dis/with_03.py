# return, break and continue inside with blocks.
import threading

lock = threading.Lock()

def first_big(items):
    for v in items:
        with lock:
            if v < 0:
                continue
            if v > 10:
                break
    with lock:
        return v

def loop_return(n):
    while n:
        with lock:
            n -= 1
            if n == 2:
                return n
    return -1

print(first_big([1, -2, 30]), loop_return(5))
