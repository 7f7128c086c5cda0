# A counter incremented under a lock by several threads: always exact.
import threading

class Counter:
    def __init__(self):
        self.value = 0
        self.lock = threading.Lock()

    def add(self, n):
        for _ in range(n):
            with self.lock:
                self.value += 1

c = Counter()
ts = [threading.Thread(target=c.add, args=(2000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(c.value)
