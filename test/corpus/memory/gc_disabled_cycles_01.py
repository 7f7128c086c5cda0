# With the collector disabled, cycles pile up until an explicit collect.
import gc

gc.collect()
gc.disable()
for _ in range(1000):
    a = []
    a.append(a)
del a
print(gc.collect())
gc.enable()
print(gc.collect())
