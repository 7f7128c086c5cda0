# Lambdas with sorted, map, filter and as dict values.
people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(list(map(lambda p: p[0].upper(), people)))
print(list(filter(lambda p: p[1] > 20, people)))
ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "pow": lambda a, b: a ** b}
for name in ["add", "sub", "pow"]:
    print(name, ops[name](2, 5))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
