# Nested instances and a list in a list: 3.11+ reach an instance's attribute values from the
# object itself (no dict object in between), which changes the order they are finalized in.
class D:
    def __init__(self, n, inner=None):
        self.n = n
        self.inner = inner
    def __del__(self):
        print("del", self.n)

a = D(1, D(2, D(3)))
L = [[D(4)], D(5)]
d = D(6)
print("end")
