# Threads with target/args, joined before printing; results sorted.
import threading

results = []
lock = threading.Lock()

def square(n):
    r = n * n
    with lock:
        results.append(r)

threads = [threading.Thread(target=square, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print(len(results), sum(results))
