# Thread with kwargs, a subclass of Thread with run(), and is_alive after join.
import threading

out = {}
out_lock = threading.Lock()

def store(key, value=0):
    with out_lock:
        out[key] = value

class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * 10

t1 = threading.Thread(target=store, args=("a",), kwargs={"value": 1})
t2 = threading.Thread(target=store, kwargs={"key": "b", "value": 2})
w = Worker(4)
for t in (t1, t2, w):
    t.start()
for t in (t1, t2, w):
    t.join()
print(sorted(out.items()), w.result, w.is_alive(), t1.is_alive())
