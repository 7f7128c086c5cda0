# Counter guarded by a Lock through `with lock:`.
import threading

class SafeCounter:
    def __init__(self):
        self.count = 0
        self.lock = threading.Lock()

    def increase(self, n):
        for _ in range(n):
            with self.lock:
                self.count += 1

    def value(self):
        with self.lock:
            return self.count

c = SafeCounter()
workers = [threading.Thread(target=c.increase, args=(500,)) for _ in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(c.value())
