# With a low threshold the collector runs by itself, so an explicit collect finds less.
import gc

gc.collect()
gc.set_threshold(50, 10, 10)
for _ in range(1000):
    a = []
    a.append(a)
del a
left = gc.collect()
print(left < 1000)
gc.disable()
for _ in range(1000):
    b = []
    b.append(b)
del b
print(gc.collect())
gc.enable()
gc.set_threshold(700, 10, 10)
