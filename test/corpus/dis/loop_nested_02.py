# Loops nested inside try, with and if blocks.
def scan(rows):
    hits = 0
    for row in rows:
        try:
            for cell in row:
                if cell is None:
                    continue
                if cell < 0:
                    break
                hits += cell
        finally:
            hits += 100
    return hits

print(scan([[1, None, 2], [-1, 5]]))
