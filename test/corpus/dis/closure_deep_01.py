# Free variables passing through an intermediate scope that does not use them.
def level1():
    x = "one"
    y = "two"
    def level2():
        def level3():
            return x + y
        return level3
    return level2()()

def shadow():
    v = 1
    def inner():
        v = 2
        return v
    return inner(), v

print(level1(), shadow())
