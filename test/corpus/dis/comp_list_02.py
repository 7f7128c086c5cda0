# Comprehensions inside functions using locals, globals and parameters.
offset = 100

def shifted(items, k):
    local = k * 2
    return [x + local + offset for x in items if x != k]

def matrix(n):
    return [[r * n + c for c in range(n)] for r in range(n)]

def flatten(rows):
    return [cell for row in rows for cell in row]

print(shifted([1, 2, 3], 2), matrix(3), flatten(matrix(2)))
