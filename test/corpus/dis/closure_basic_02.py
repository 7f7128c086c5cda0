# Cell variables used by the outer function too, and parameters captured.
def outer(a, b):
    c = a + b
    def inner():
        return a * c
    c = c + 1
    result = inner()
    return result, c

def counter_factory(start):
    def get():
        return start
    def peek(extra):
        return start + extra
    return get, peek

print(outer(2, 3))
g, p = counter_factory(7)
print(g(), p(1))
