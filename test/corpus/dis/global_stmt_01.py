# global declarations: read, write, and create module names from functions.
counter = 0
names = []

def inc():
    global counter
    counter += 1

def register(name):
    global names, created
    names = names + [name]
    created = True

def reader():
    return counter + len(names)

inc()
register("a")
print(counter, names, created, reader())
