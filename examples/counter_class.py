# The seed notebook's Counter: five threads call counter.increase(100000) on one shared object
# and the program prints the total.
#   gilsim run examples/counter_class.py
# Expected: 3.8 and 3.9 print less than 500000 for most seeds (`self.count += 1` reads and
# writes the attribute with switch points in between); 3.10-3.13 print 500000.
import threading


class Counter:
    def __init__(self):
        self.count = 0

    def increase(self, n):
        for _ in range(n):
            self.count += 1


counter = Counter()
n_increase = 100000
n_threads = 5
threads = []
for i in range(n_threads):
    t = threading.Thread(target=counter.increase, args=(n_increase,))
    threads.append(t)

for t in threads:
    t.start()

for t in threads:
    t.join()

print(counter.count)
