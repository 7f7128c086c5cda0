# The classic racy counter: a shared Counter incremented from several threads.
import threading

class Counter:
    def __init__(self):
        self.count = 0

    def increase(self, n):
        for _ in range(n):
            self.count += 1

counter = Counter()
threads = []
for i in range(4):
    t = threading.Thread(target=counter.increase, args=(1000,))
    threads.append(t)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter.count)
