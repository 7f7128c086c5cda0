# Comprehensions nested in comprehensions and in comprehension conditions.
rows = [[1, 2, 3], [4, 5, 6]]
cols = [[row[i] for row in rows] for i in range(3)]
nonempty = [r for r in rows if [x for x in r if x > 4]]
lookup = {k: [v * 2 for v in range(k)] for k in range(3)}
sets = [{x % 2 for x in r} for r in rows]
print(cols, nonempty, lookup, sets)
