# Names starting with an underscore get no earlier turn at exit (the collector's order, not the
# module dict's two passes).
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

_a = D(1)
b = D(2)
__c = D(3)
print("end")
