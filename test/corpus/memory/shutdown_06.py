# Objects in a list and a tuple: moved behind the globals' objects by the pre-exit collection.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

class E(D):
    pass

x = [D(1)]
y = D(2)
z = (x, D(3))
print("end")
