def f(x):
    def g():
        nonlocal x
        global x
