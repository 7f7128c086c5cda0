# Combination: the same name as global, local, cell, free and class attribute.
x = "global"

class K:
    x = "class"
    def method(self):
        return x

def f():
    x = "local-cell"
    def g():
        return x
    class Inner:
        y = x
    return g(), Inner.y

def h():
    global x
    x = "rebound"

print(K().method(), K.x, f())
h()
print(x)
