# del on names, attributes, subscripts and slices.
x = 1
y = [1, 2, 3, 4, 5]
d = {"a": 1, "b": 2}
del x
del y[0]
del y[1:3]
del d["a"]

class C:
    pass

c = C()
c.attr = 1
del c.attr
a = b = 2
del a, b
print(y, d)
