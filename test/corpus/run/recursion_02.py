# Recursion: permutations, subsets, flatten, binary search, memoised paths, RecursionError.
def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            out.append([items[i]] + p)
    return out

def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]

def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for y in x:
        out.extend(flatten(y))
    return out

def bsearch(a, t, lo=0, hi=None):
    if hi is None:
        hi = len(a)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if a[mid] == t:
        return mid
    if a[mid] < t:
        return bsearch(a, t, mid + 1, hi)
    return bsearch(a, t, lo, mid)

print(permutations([1, 2, 3]), len(permutations(list("abcd"))))
print(subsets([1, 2, 3]), len(subsets(list(range(8)))))
print(flatten([1, [2, [3, [4, []], 5]], [[6]]]))
data = list(range(0, 100, 3))
print([bsearch(data, t) for t in [0, 33, 34, 99, 100]])
paths = {}
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    if (r, c) not in paths:
        paths[(r, c)] = grid_paths(r - 1, c) + grid_paths(r, c - 1)
    return paths[(r, c)]
print(grid_paths(10, 10), grid_paths(16, 16), len(paths))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
