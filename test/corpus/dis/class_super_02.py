# super() through three levels and explicit two-argument super.
class A:
    def __init__(self):
        self.trail = ["A"]

class B(A):
    def __init__(self):
        super().__init__()
        self.trail.append("B")

class C(B):
    def __init__(self, extra):
        super(C, self).__init__()
        self.trail.append("C")
        self.trail.append(extra)

print(C("x").trail)
