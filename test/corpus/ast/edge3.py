result = obj.method(
    arg1,
    key=value,
    *rest,
    **opts
).other(
)[0]
@decorator(
    1,
    2,
)
def g(): pass
s = 'ünïcode' + x + "日本" + y
t = f'ü{x}ü{y!r}'
u = f"""
    {a}
  {b}
"""
v = f'''{a
}'''
w = (a
     .b
     .c())
z = a[
    1:
    2
]
m = [  # comment
    1,  # one
    2,
]
n = {'a':	1,	'b': 2}
if a:
    pass
elif b:
    pass
else:
    x = 1
try:
    pass
except A as e:
    pass
else:
    y = 2
finally:
    z = 3
class E(*bases, **kw): pass
q = a[..., 1:2]
r = -1, - 1, -(1), +1.5, ~0
def gen():
    x = (yield)
    y = (yield 1)
    await_ = 2
if x:
    import os
else:
    from sys import path as p
k = [
    x
    for x in y
    if x
]
kk = {
    k: v
    for k, v in d
}
j = (
    'implicit'
    'concat'
    f'{fx}'
)
def long_sig(
    a,
    b=1,
    *args,
    c,
    **kwargs,
):
    return (
        a
    )
