# Lambdas with defaults, varargs and keyword-only parameters.
square = lambda x: x * x
add = lambda a, b=1: a + b
anyargs = lambda *a, **k: (a, k)
kwonly = lambda *, key="k": key
noargs = lambda: None
pairs = sorted([(2, "b"), (1, "a")], key=lambda p: p[0])
print(square(3), add(1), anyargs(1, x=2), kwonly(), noargs(), pairs)
