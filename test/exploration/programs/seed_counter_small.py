import threading
import dis

class Counter:
    def __init__(self):
        self.count = 0

    def increase(self, n):
        for _ in range(n):
            self.count += 1

counter = Counter()
n_increase = 2
n_threads = 2
threads = []
for i in range(n_threads):
    t = threading.Thread(target=counter.increase, args=(n_increase, ))
    threads.append(t)

for t in threads:
    t.start()

for t in threads:
    t.join()

print(counter.count)
