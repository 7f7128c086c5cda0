# Cycles created at module level and dropped with del.
import gc

gc.collect()
a = {}
a["self"] = a
print(gc.collect())
del a
print(gc.collect())
x = []
y = [x]
x.append(y)
del x
print(gc.collect())
del y
print(gc.collect())
