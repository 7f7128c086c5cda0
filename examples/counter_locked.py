# The counter of counter.py with every update made under one shared Lock.
#   gilsim run examples/counter_locked.py --threads 5
# Expected on every version 3.8-3.13 and every seed: count ends at exactly 500000 (no lost
# updates), though threads switch often while they wait for the lock.
import threading

count = 0
lock = threading.Lock()


def increment():
    global count
    for _ in range(100000):
        with lock:
            count += 1
