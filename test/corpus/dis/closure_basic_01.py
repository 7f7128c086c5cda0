# A closure reading a free variable.
def make_adder(n):
    def add(x):
        return x + n
    return add

def make_multiplier(factor):
    scale = factor * 2
    def mul(x):
        return x * scale
    return mul

add5 = make_adder(5)
print(add5(1))
print(make_multiplier(3)(4))
