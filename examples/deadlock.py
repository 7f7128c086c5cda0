# Two threads take two locks in opposite orders.
#   gilsim run examples/deadlock.py --seed N
# Expected on every version: with 10000 rounds per thread most seeds deadlock: each thread holds
# one lock and waits for the other, and gilsim reports the deadlock (both threads blocked on a
# lock) instead of hanging, as real CPython does (measured: 3.12 hangs in most runs, 3.8 in some).
# A schedule that never switches inside the nested `with` prints both "finished" lines and "done 20000".
import threading

lock_a = threading.Lock()
lock_b = threading.Lock()
log = []


def worker_ab():
    for _ in range(10000):
        with lock_a:
            with lock_b:
                log.append("ab")


def worker_ba():
    for _ in range(10000):
        with lock_b:
            with lock_a:
                log.append("ba")


t1 = threading.Thread(target=worker_ab)
t2 = threading.Thread(target=worker_ba)
t1.start()
t2.start()
t1.join()
print("worker ab finished")
t2.join()
print("worker ba finished")
print("done", len(log))
