# Worker threads each compute a partial result; results are collected under a lock and sorted.
import threading

results = []
lock = threading.Lock()

def worker(wid, lo, hi):
    total = 0
    for n in range(lo, hi):
        if n % 3 == 0 or n % 5 == 0:
            total += n
    with lock:
        results.append((wid, total))

threads = []
for wid in range(4):
    t = threading.Thread(target=worker, args=(wid, wid * 250, (wid + 1) * 250))
    threads.append(t)
    t.start()
for t in threads:
    t.join()
results.sort()
print(results)
print(sum([r for _, r in results]), len(results), all([not t.is_alive() for t in threads]))
