import os
import os.path as p, sys
from . import x
from .. import y as z
from ...pkg import (a, b as c,)
from m import *
from .mod.sub import q
global g1, g2
def f(a, b=1, *args, c, d=2, **kw):
    nonlocal_ = 1
    return a
def g(): pass
def h(a, /, b, *, c): return
@dec
@dec.attr
@dec.call(1, k=2)
@dec()
def decorated(x) -> int:
    """doc"""
    global gg
    yield x
    yield
    yield from x
    x = yield 1
class A: pass
class B(A, metaclass=M):
    x = 1
    def m(self):
        return self.x
@cls_dec
class C(object):
    pass
if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    y = 2
while x:
    break
else:
    continue_ = 1
for i in range(10):
    continue
for a, b in c:
    pass
for (a, b), c in d: pass
for x, in y: pass
try:
    pass
except ValueError as e:
    pass
except (A, B):
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    x
finally:
    y
with a as b, c as (d, e), f:
    pass
with open(x) as f: f.read()
raise
raise X
raise X from Y
assert x
assert x, "msg"
del a, b[1], c.d
del (a, b)
del [a]
x = y = z = 1
a, b = b, a
[a, b] = c
a, *b = c
(*a, b), c = d
x += 1
x.y -= 2
x[0] *= 3
x //= 4; x **= 5; x @= 6; x >>= 1; x <<= 1; x &= 1; x |= 1; x ^= 1; x %= 1; x /= 1
x: int
x: int = 5
(x): int = 5
x.y: str
x[0]: float = 1.0
pass; pass;
if x: y = 1; z = 2
def k(a, b,): pass
def k2(*, a, **b): pass
def k3(a=1, *b, c=2): pass
lambda x: (yield)
async def co():
    await x
    async for a in b:
        pass
    async with c as d:
        pass
    return [i async for i in x]
print(x, file=sys.stderr)
