# The pre-exit collection moves what only a container holds to the end of the collector's list
# (lists are walked from their last item): globals' objects first, then the list's, last first.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

L = [D(1), D(2)]
M = L
a = D(3)
print("end")
