# An exception in a __del__ at exit is reported ("Exception ignored in"), without the source
# line (CPython's traceback printing can no longer read files then); the exit status stays 0.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
        raise ValueError("boom")

a = D(1)
print("end")
