x = 1
def g(x, *, x=1): pass
