# The order in which objects die: locals at return (in order), list items (last first),
# tuple items (last first), dict entries (in order), instance attributes, del of a name.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def locals_die():
    a = T("a")
    b = T("b")
    c = T("c")
    print("return")

locals_die()
lst = [T("l0"), T("l1"), T("l2")]
del lst
tup = (T("t0"), T("t1"))
del tup
d = {"x": T("d0"), "y": T("d1")}
del d
holder = T("holder")
holder.p = T("p")
holder.q = T("q")
del holder
x = T("x")
x = T("x2")
print("rebound")
del x
lst = [T("m0"), T("m1"), T("m2")]
del lst[0:2]
lst.pop()
print("end")
