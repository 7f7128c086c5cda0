import sys
import threading

sys.setswitchinterval(1e-6)
N = 20000
THREADS = 4


def one():
    return 1

count = 0


def work(n):
    global count
    for _ in range(n):
        count += 1


ts = [threading.Thread(target=work, args=(N,)) for _ in range(THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("lost", N * THREADS - count)
