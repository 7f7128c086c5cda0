import threading
import dis

class Counter2:
    def __init__(self):
        self.count = 0
        self.lock = threading.Lock()

    def increase(self, n):
        for _ in range(n):
            self.lock.acquire()
            self.count += 1
            self.lock.release()

counter2 = Counter2()
n_increase = 2
n_threads = 2
threads = []
for i in range(n_threads):
    t = threading.Thread(target=counter2.increase, args=(n_increase, ))
    threads.append(t)

for t in threads:
    t.start()

for t in threads:
    t.join()

print(counter2.count)
