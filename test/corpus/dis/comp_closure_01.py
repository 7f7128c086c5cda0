# Comprehensions that read closure variables, and closures created in comprehensions.
def outer(factor, items):
    bias = len(items)
    def inner():
        return [x * factor + bias for x in items]
    return inner()

def adders(n):
    return [(lambda x, i=i: x + i) for i in range(n)]

def capture_cell(n):
    k = n + 1
    fs = [lambda: k * j for j in range(2)]
    return [f() for f in fs]

print(outer(2, [1, 2]), [f(10) for f in adders(3)], capture_cell(1))
