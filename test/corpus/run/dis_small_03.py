# dis.dis on a method and on a closure.
import dis

class Counter:
    def __init__(self):
        self.count = 0

    def increase(self):
        self.count += 1

def outer():
    n = 0
    def inner():
        return n + 1
    return inner

dis.dis(Counter.increase)
dis.dis(outer())
