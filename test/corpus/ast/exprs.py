x = 1 + 2 * 3 - 4 / 5 // 6 % 7 ** 8 ** 2
y = -x + +x - ~x
z = not x and y or not not z
c = a < b <= c == d != e > f >= g in h not in i is j is not k
t = a if b else c if d else e
l = lambda: 0
l2 = lambda a, b=1, *c, d, e=2, **f: a + b
l3 = lambda *, a: a
m = a | b ^ c & d << 2 >> 3 @ e
(a)
(a + b) * c
(a).b
(a)(b)
(a)[b]
f(a)(b)[c].d
a.b.c.d
f()
f(a, b, *c, d=1, **e)
f(x for x in y)
f(*a, *b, **c, **d)
f(a)(b)(c)
g = (x for x in range(10) if x if not x for y in x)
lc = [x * y for x in a for y in b if x > y]
sc = {x for x in a}
dc = {k: v for k, v in d.items() if k}
d = {}
d2 = {1: 2, 3: 4, **e}
s = {1, 2, *a}
tup = 1, 2
tup2 = (1, 2)
tup3 = ()
tup4 = (1,)
lst = [1, 2, *a,]
e = ...
n = None, True, False
sub = a[1], a[1:2], a[::3], a[:], a[1:2, 3], a[1, 2], a[1,], a[..., 1], a[:, :]
await_ = 3
starred = [*a, *b]
w = (y := 10)
nested = [[1, [2, [3]]], {4: {5: 6}}]
cmp = (a < b) < c
