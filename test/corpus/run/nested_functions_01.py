# Nested functions, recursion through a closure, functions as values.
def make_ops():
    def add(a, b):
        return a + b

    def apply(f, *xs):
        acc = xs[0]
        for x in xs[1:]:
            acc = f(acc, x)
        return acc

    return add, apply

add, apply = make_ops()
print(apply(add, 1, 2, 3, 4))

def countdown(n):
    steps = []
    def go(k):
        if k > 0:
            steps.append(k)
            go(k - 1)
    go(n)
    return steps

print(countdown(5))
print(add.__name__, callable(add), callable(5))
