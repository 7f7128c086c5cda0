class A:
    def f(self):
        nonlocal x
    x = 1
