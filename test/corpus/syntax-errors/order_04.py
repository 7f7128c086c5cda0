def f():
    break
class A(x for x in y): pass
