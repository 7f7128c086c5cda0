async def f():
    await g()
    await g().h
    await (a)(b)
    x = [await y async for y in z]
    return await x ** 2
x = (yield)
def gen():
    x = yield
    y = yield a, b
    z = yield from w
    (yield)
    await_ = 1
@a.b.c
def d(): pass
@a.b(c)
def e(): pass
@x()
class Z(): pass
def pos(a, b=2, /, c=3, *, d, e=4, **f): pass
def pos2(a, /): pass
lam = lambda a, /, b: a
lam2 = lambda *args, **kw: 0
lam3 = lambda a=1, b=(2, 3): a
def ann(a: int, *b: str, c: 'x' = 1, **d: float) -> None: pass
é = 1
ñame = é + 1
ﬁ = 2
x = a[b:c:d, e]
x = a[b:, :c, ::]
x = a[...]
x = a[(1, 2)]
x = a[1:2,]
x = f(a)[b](c)
x = (a, b)[0]
x = [a, b][0]
x = {a: b}[c]
x = 'abc'[0]
x = (1).real
x = 1 .real
x = 1.0.real
x = not -a
x = -a ** -b
x = a if b else (c if d else e)
x = (a for b in c for d in e if f if g)
x = [a for b, c in d]
x = [a for (b, c) in d]
x = [a for b, in c]
x = {**a, 'b': 1, **c}
x = {*a, *b}
x = f(a, *b, c, *d, e=f, **g, h=i)
x = f(a=1)(b=2)
x = f(a for a in b)
x = f((a for a in b), c)
for x, in y: pass
for (x), y in z: pass
for [x, y] in z: pass
with a as (b, c): pass
with a as [b]: pass
with a as b.c, d as e[0]: pass
del (a), [b], c.d, e[f]
a = b = c, d = e
a, = b
[a] = b
(a) = b
((a), b) = c
a.b.c = 1
a[b][c] = 1
x = a.b(c).d[e]
print(*a, sep='', end='\n')
assert (a, 'msg')
raise A.B(c) from None
import a.b.c
import a.b.c as d, e
from .a.b import (c as d)
from ... import e
from .... import f
from . import (g)
nonlocal_ = global_ = 1
if a: pass
elif b: pass
while a: break
else: pass
try: pass
except A: pass
try: pass
finally: pass
class Q(A, B, metaclass=M, **kw): x: int
x = (
    1
    +
    2
)
x = [
    1,
    2,
]
