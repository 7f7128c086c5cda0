# Augmented assignment on subscripts and slices-free containers.
counts = {"a": 0, "b": 5}
counts["a"] += 1
counts["b"] -= 2
grid = [[1, 2], [3, 4]]
grid[0][1] *= 10
grid[1][0] //= 2

def bump(d, key, i):
    d[key] += i
    d[key] %= 7
    d[key] **= 2
    d[key] <<= 1
    d[key] >>= 1
    d[key] &= 63
    d[key] |= 64
    d[key] ^= 1
    d[key] /= 2
    return d[key]

print(counts, grid, bump({"z": 3}, "z", 4))
