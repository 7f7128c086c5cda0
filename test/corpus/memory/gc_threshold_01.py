# gc.get_threshold and gc.set_threshold.
import gc

print(gc.get_threshold())
gc.set_threshold(100, 5, 5)
print(gc.get_threshold())
gc.set_threshold(10)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
