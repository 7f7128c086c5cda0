# A global total updated with acquire/release; per-thread partial sums collected.
import threading

total = 0
lock = threading.Lock()
partials = []

def work(start, stop):
    global total
    s = 0
    for i in range(start, stop):
        s += i
    lock.acquire()
    total += s
    partials.append(s)
    lock.release()

threads = []
for k in range(4):
    threads.append(threading.Thread(target=work, args=(k * 100, (k + 1) * 100)))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total, sorted(partials), total == sum(range(400)))
