# gc.get_count right after a collection, and after allocating container objects.
import gc

gc.disable()
gc.collect()
print(gc.get_count())
keep = [[] for _ in range(50)]
c = gc.get_count()
print(c[0] >= 50, c[1], c[2])
gc.collect()
print(gc.get_count())
gc.enable()
