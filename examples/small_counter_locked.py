# The small counter with a Lock around each update.
#   gilsim explore examples/small_counter_locked.py --threads 2 --observe count --expect "count == 6"
# Expected on every version: verdict holds, exploration complete, the single outcome 6.
import threading

count = 0
lock = threading.Lock()


def increment():
    global count
    for _ in range(3):
        with lock:
            count += 1
