# Collections of the young generations bump the next generation's count; a full collection
# resets them all.
import gc

gc.disable()
gc.collect()
gc.collect(0)
print(gc.get_count()[1:])
gc.collect(0)
gc.collect(0)
print(gc.get_count()[1:])
gc.collect(1)
print(gc.get_count()[1:])
gc.collect(generation=1)
print(gc.get_count()[1:])
gc.collect(2)
print(gc.get_count()[1:])
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
gc.enable()
