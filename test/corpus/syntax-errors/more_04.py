def f(a, *, /): pass
