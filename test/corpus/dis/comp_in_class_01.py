# Comprehensions in class bodies (class scope is not visible inside) and methods.
class Table:
    size = 3
    rows = [i * 2 for i in range(3)]
    names = {n: len(n) for n in ["a", "bb"]}

    def __init__(self):
        self.cells = [[0 for _ in range(self.size)] for _ in range(self.size)]

    def column(self, c):
        return [row[c] for row in self.cells]

t = Table()
print(Table.rows, Table.names, t.column(0))
