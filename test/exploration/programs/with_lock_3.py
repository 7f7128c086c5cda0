# Increments of a global under `with lock:`: run with --threads T --target work.
import threading

count = 0
lock = threading.Lock()

def work():
    global count
    for _ in range(3):
        with lock:
            count += 1
