# A cycle that survives a young collection moves to an older generation: collecting
# generation 0 alone no longer finds it, collecting generation 1 does.
import gc

gc.disable()
gc.collect()

def cycle():
    a = []
    a.append(a)
    return a

x = cycle()
del x
print(gc.collect(0))
y = cycle()
print(gc.collect(0))
del y
print(gc.collect(0))
print(gc.collect(1))
z = cycle()
gc.collect(0)
gc.collect(1)
del z
print(gc.collect(1))
print(gc.collect(2))
gc.enable()
