# Nested loops with break and continue at different levels.
def grid(n):
    cells = []
    for r in range(n):
        if r == 2:
            continue
        for c in range(n):
            if c > r:
                break
            if (r + c) % 3 == 0:
                continue
            cells.append((r, c))
    return cells

i = 0
while i < 3:
    j = 0
    while j < 3:
        j += 1
    i += 1
print(grid(4), i)
