# A Thread subclass storing its result; main thread joins each worker and reports in order.
import threading

class Squarer(threading.Thread):
    def __init__(self, numbers):
        super().__init__()
        self.numbers = numbers
        self.result = None

    def run(self):
        self.result = [n * n for n in self.numbers]

chunks = [[1, 2, 3], [4, 5], [6], []]
workers = [Squarer(c) for c in chunks]
for w in workers:
    w.start()
for w in workers:
    w.join()
for w in workers:
    print(w.numbers, "->", w.result)
merged = sorted([x for w in workers for x in w.result], reverse=True)
print(merged, sum(merged))
shared = {"hits": 0}
guard = threading.Lock()

def hit(times):
    for _ in range(times):
        guard.acquire()
        try:
            shared["hits"] += 1
        finally:
            guard.release()

ts = [threading.Thread(target=hit, args=(100,)) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(shared, threading.active_count())
