import sys
import threading

sys.setswitchinterval(1e-6)
N = 20000
THREADS = 4


def one():
    return 1

D = {"k": 0}


def work(n):
    d = D
    for _ in range(n):
        d["k"] += 1


ts = [threading.Thread(target=work, args=(N,)) for _ in range(THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("lost", N * THREADS - D["k"])
