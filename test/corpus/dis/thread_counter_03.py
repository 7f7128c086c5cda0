# Global counter with explicit acquire/release and a module-level lock.
import threading
from threading import Thread, Lock

count = 0
lock = Lock()

def work(n):
    global count
    for _ in range(n):
        lock.acquire()
        try:
            count += 1
        finally:
            lock.release()

ts = [Thread(target=work, args=(100,)) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(count, threading.active_count() >= 1)
