import sys
import threading

sys.setswitchinterval(1e-6)
N = 20000
THREADS = 4


def one():
    return 1

L = []


def work(n):
    lst = L
    for i in range(n):
        lst.append(i)


ts = [threading.Thread(target=work, args=(N,)) for _ in range(THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("lost", N * THREADS - len(L))
