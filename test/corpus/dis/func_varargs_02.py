# Mixed parameter kinds in one signature.
def everything(a, b=2, *args, c, d=4, **kw):
    return [a, b, args, c, d, kw]

def forward(*args, **kwargs):
    return everything(*args, **kwargs)

print(everything(1, c=3))
print(everything(1, 2, 3, 4, c=5, e=6))
print(forward(9, c=8))
