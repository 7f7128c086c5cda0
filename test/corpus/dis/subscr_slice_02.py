# Extended subscripts (tuples of slices) and subscripts inside functions.
class Grid:
    def __getitem__(self, key):
        return key

    def __setitem__(self, key, value):
        pass

g = Grid()
print(g[1:2, 3])
print(g[:, 0], g[1, 2, 3], g[::2, ::3], g[(1, 2)])
g[0, 1] = 5
g[1:2, ::-1] = 6

def nested(m, r, c):
    m[r][c] = m[r - 1][c + 1]
    return m[r][c:c + 2], m[-1][-1]

print(nested([[1, 2, 3], [4, 5, 6]], 1, 0))
