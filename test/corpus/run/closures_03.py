# Closures: counters with nonlocal, factories, late binding and default-argument capture.
def make_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    return increment, reset

inc, reset = make_counter()
print(inc(), inc(), inc())
reset()
print(inc())
by5, _ = make_counter(100, 5)
print(by5(), by5(), inc())
late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])

def multiplier(n):
    return lambda x: x * n

double, triple = multiplier(2), multiplier(3)
print(double(5), triple(5), double(triple(2)), multiplier(10)("ab"))

def accumulator():
    total = []

    def add(x):
        total.append(x)
        return sum(total)

    return add

acc = accumulator()
print(acc(10), acc(5), acc(-3), acc.__name__)
print(acc.__closure__ is not None, len(inc.__closure__), double.__code__.co_freevars)

def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run

print(compose(double, triple, lambda v: v + 1)(4))
