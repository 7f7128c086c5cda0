# A class attribute and a default argument: reached through the class's __dict__ and the
# function's defaults, they come after the module's own objects and a list's contents.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

class K:
    attr = D(1)

def f(x=D(2)):
    return x

a = D(3)
b = a
L = [a, D(4)]
x = 5
print("end")
