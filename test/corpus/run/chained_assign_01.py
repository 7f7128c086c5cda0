# Chained assignment, aliasing and del.
a = b = c = []
a.append(1)
print(a, b, c, a is b)
x = y = 5
x += 1
print(x, y)
d = {}
d["a"] = d["b"] = 0
d["a"] += 1
print(d)
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = [1, 2, 3, 4]
del lst[1], lst[-1]
print(lst)
