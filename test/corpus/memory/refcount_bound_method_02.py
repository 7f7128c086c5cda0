# A bound method keeps its instance alive; storing methods in containers counts too.
import sys

class Worker:
    def run(self):
        return sys.getrefcount(self)

def f():
    w = Worker()
    print(sys.getrefcount(w))
    print(w.run())
    jobs = [w.run, w.run]
    print(sys.getrefcount(w))
    m = jobs[0]
    print(m.__self__ is w)
    del jobs
    print(sys.getrefcount(w))
    del w
    print(sys.getrefcount(m.__self__))
    print(m())

f()
