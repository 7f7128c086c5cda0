# Chained assignment to names, attributes and subscripts.
a = b = c = 0
x = y = [1, 2]

class Obj:
    pass

o = Obj()
o.p = o.q = "same"
d = {}
d["k"] = d["j"] = a = 5

def local_chain():
    m = n = len(x)
    p, q = r = (m, n)
    return m, n, p, q, r

print(a, b, c, x is y, o.p, d, local_chain())
