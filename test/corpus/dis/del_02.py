# del inside functions: locals, globals, free-variable owners, slices with steps.
g = 5

def cleanup(items):
    tmp = items[:]
    del tmp[::2]
    del tmp[-1]
    value = tmp
    del value
    return tmp

def drop_global():
    global g
    del g

def cell_owner():
    v = 1
    def use():
        return v
    r = use()
    del v
    return r

print(cleanup(list(range(8))), cell_owner())
drop_global()
