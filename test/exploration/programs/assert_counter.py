# Two threads increment without a lock; the main thread asserts the total.
import threading

count = 0

def work():
    global count
    count += 1

threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert count == 2, count
