# Objects without cycles are freed by reference counting: collect finds nothing.
import gc

gc.collect()

def f():
    a = [1, 2, 3]
    b = {"a": a}
    c = [b, b]
    return len(c)

for _ in range(10):
    f()
print(gc.collect())
tmp = [[] for _ in range(100)]
del tmp
print(gc.collect())
