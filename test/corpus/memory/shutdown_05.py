# An object that references a function (itself part of the module's cycle) still dies in order.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

def g():
    pass

c = D(1)
c.f = g
a = D(2)
print("end")
