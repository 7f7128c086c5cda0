# Increments of a global between lock.acquire() and lock.release(): --threads T --target work.
import threading

count = 0
lock = threading.Lock()

def work():
    global count
    for _ in range(3):
        lock.acquire()
        count += 1
        lock.release()
