# With the collector disabled, the pre-exit collection is skipped: objects are finalized in the
# order they were allocated, list contents included.
import gc
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

gc.disable()
c = D(1)
c.me = c
a = D(2)
L = [D(3)]
b = D(4)
print("end")
