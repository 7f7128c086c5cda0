# The matrix-multiply operator and its augmented form (compiled, not run).
class Mat:
    def __init__(self, v):
        self.v = v

    def __matmul__(self, other):
        return Mat(self.v * other.v)

    def __imatmul__(self, other):
        self.v = self.v * other.v
        return self

def combine(a, b, holder, table):
    c = a @ b
    c @= a
    holder.m @= b
    table[0] @= a
    return c

m = Mat(2)
m @= Mat(3)
print(m.v)
