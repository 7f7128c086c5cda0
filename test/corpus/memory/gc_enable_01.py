# gc.disable, gc.enable and gc.isenabled.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.disable()
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
