import sys
import threading

sys.setswitchinterval(1e-6)
N = 20000
THREADS = 4


def one():
    return 1


class Box:
    def __init__(self):
        self.count = 0
        self.lock = threading.Lock()

    @property
    def count(self):
        return self._count

    @count.setter
    def count(self, v):
        self._count = v

    def work(self, n):
        for _ in range(n):
            self.count += 1


box = Box()
ts = [threading.Thread(target=box.work, args=(N,)) for _ in range(THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("lost", N * THREADS - box.count)
