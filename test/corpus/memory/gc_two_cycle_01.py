# Two lists referring to each other.
import gc

gc.collect()

def make_pair():
    a = []
    b = []
    a.append(b)
    b.append(a)

make_pair()
print(gc.collect())
make_pair()
make_pair()
print(gc.collect())
print(gc.collect())
