def f():
    return
else:
    pass
