# Many kinds of holders at once: globals, a list, a tuple, a dict, a self-cycle, a set of ints.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

a = D(1)
L = [D(2), D(3)]
b = D(4)
T = (D(5), D(6))
dd = {'k': D(7)}
_u = D(9)
c = D(10)
c.me = c
s = {1, 2}
e = D(11)
print("end")
