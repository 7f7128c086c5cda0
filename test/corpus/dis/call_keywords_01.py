# Keyword arguments at call sites.
def point(x, y, z=0):
    return (x, y, z)

p1 = point(1, 2)
p2 = point(x=1, y=2)
p3 = point(1, y=2, z=3)
p4 = point(z=3, y=2, x=1)
print(p1, p2, p3, p4)
print("a", "b", sep="-", end="\n")
s = sorted([3, 1, 2], reverse=True)
t = sorted(["bb", "a"], key=len)
print(s, t)
