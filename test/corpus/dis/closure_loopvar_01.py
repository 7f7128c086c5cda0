# Closures over loop variables (late binding) and default-argument capture.
def late():
    funcs = []
    for i in range(3):
        def f():
            return i
        funcs.append(f)
    return [g() for g in funcs]

def early():
    funcs = []
    for i in range(3):
        def f(i=i):
            return i
        funcs.append(f)
    return [g() for g in funcs]

print(late(), early())
