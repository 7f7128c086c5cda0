# Default values: constants, expressions, None.
def greet(name, greeting="hello", times=1):
    out = []
    for i in range(times):
        out.append(greeting + " " + name)
    return out

def pad(s, width=10, fill=None):
    if fill is None:
        fill = " "
    return s + fill * (width - len(s))

print(greet("bob"))
print(greet("amy", "hi", 2))
print(pad("x", 4))
