# gc.get_count() after allocating instances of a class without __init__ at module level:
# each allocation of a gc object adds one, each deallocation takes one away.
import gc

class Point:
    pass

gc.disable()
gc.collect()
before = gc.get_count()[0]
keep = []
for i in range(100):
    keep.append(Point())
after = gc.get_count()[0]
print(after - before >= 100)
del keep
print(gc.get_count()[0] <= before + 5)
gc.collect()
print(gc.get_count())
gc.enable()
