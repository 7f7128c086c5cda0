import sys
import threading

sys.setswitchinterval(1e-6)
N = 20000
THREADS = 4


def one():
    return 1

L = [0]


def work(n):
    lst = L
    for _ in range(n):
        lst[0] += 1


ts = [threading.Thread(target=work, args=(N,)) for _ in range(THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("lost", N * THREADS - L[0])
