# Combination: recursion, memo dict default, conditional returns and tuple results.
def fib(n, memo={}):
    if n in memo:
        return memo[n]
    if n < 2:
        result = n
    else:
        result = fib(n - 1) + fib(n - 2)
    memo[n] = result
    return result

def walk(tree, depth=0):
    if not isinstance(tree, list):
        return [(depth, tree)]
    out = []
    for child in tree:
        out += walk(child, depth + 1)
    return out

print(fib(30), walk([1, [2, [3]], 4]))
