# Lambdas inside functions, classes and as default values.
def apply_all(funcs, v):
    return [f(v) for f in funcs]

class Ops:
    double = staticmethod(lambda x: x * 2)
    def neg(self, f=lambda y: -y):
        return f(5)

def maker(k):
    return [lambda v: v + k, lambda v: v * k]

print(apply_all(maker(3), 2), Ops.double(4), Ops().neg())
print(list(map(lambda s: s.upper(), ["a", "b"])))
print(list(filter(lambda n: n % 2, range(6))))
