# Imports inside functions, classes and conditionals; dotted imports.
import xml.etree.ElementTree as ET
import importlib.util

class Loader:
    import math
    def pi(self):
        return self.math.pi

def maybe(flag):
    if flag:
        import random
        return random.__name__
    from os import sep
    return sep

print(ET.__name__, importlib.util.__name__, Loader().pi() > 3, maybe(0))
