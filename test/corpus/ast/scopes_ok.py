import os
x = 1
def f(a, *args, b=2, **kw):
    global x
    x = a
    def g():
        nonlocal a
        a += 1
        def h():
            nonlocal a
            return a
        return h
    return g
def outer():
    v = 1
    def mid():
        nonlocal v
        def inner():
            nonlocal v
            v = 2
        return inner
    return mid
class C(*[object], **{}):
    y = 2
    def m(self):
        global x
        return [x for x in range(3)] + [y for y in (1, 2)]
for i in range(3):
    try:
        continue
    finally:
        pass
    while True:
        break
    else:
        pass
else:
    pass
def gen():
    yield
    yield 1
    x = yield from gen()
    return x
lam = lambda: (yield)
async def co(xs):
    r = [await z for z in xs]
    s = [z async for z in xs]
    g = (await z for z in xs)
    async with a as b:
        pass
    async for q in xs:
        await q
    return r
def genexp_await():
    return (await z for z in x)
a, *b = [1, 2, 3]
[c, *d] = 1, 2
*e, = (1,)
print(*b, *d, sep='')
t = *b, *d
def kwonly(*, k=1): return k
try:
    pass
except ValueError as err:
    pass
except:
    pass
with open('x') as fh, open('y') as (p, q):
    pass
del x
