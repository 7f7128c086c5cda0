# Recursion: factorial, hanoi moves, permutations, flatten.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves

def perms(xs):
    if len(xs) <= 1:
        return [xs]
    out = []
    for i in range(len(xs)):
        for p in perms(xs[:i] + xs[i + 1:]):
            out.append([xs[i]] + p)
    return out

def flatten(x):
    if isinstance(x, list):
        return [y for item in x for y in flatten(item)]
    return [x]

print(fact(20), fact(25))
print(hanoi(3, "A", "B", "C", []))
print(perms([1, 2, 3]))
print(flatten([1, [2, [3, [4]], 5]]))
