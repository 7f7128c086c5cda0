# Refcounts around a Thread subclass that keeps its input as an attribute, and a target thread
# whose args tuple is released when run() finishes.
import sys
import threading

class Job(threading.Thread):
    def __init__(self, data):
        threading.Thread.__init__(self)
        self.data = data
        self.seen = 0

    def run(self):
        self.seen = sys.getrefcount(self.data)

data = []
job = Job(data)
print(sys.getrefcount(data))
job.start()
job.join()
print(job.seen)
print(sys.getrefcount(data))
del job
print(sys.getrefcount(data))

def work(x, out):
    out.append(sys.getrefcount(x))

out = []
t = threading.Thread(target=work, args=(data, out))
print(sys.getrefcount(data))
t.start()
t.join()
print(out[0] > 2, sys.getrefcount(data))
