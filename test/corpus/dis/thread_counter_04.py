# Worker threads appending results to a shared list, names via current_thread().
import threading

results = []
results_lock = threading.Lock()

def worker(ident, data):
    total = 0
    for d in data:
        total += d * ident
    name = threading.current_thread().name
    with results_lock:
        results.append((ident, total, name != ""))

threads = []
for i in range(3):
    t = threading.Thread(target=worker, args=(i, [1, 2, 3]), name="w" + str(i))
    threads.append(t)
    t.start()
for t in threads:
    t.join()
print(sorted(results))
