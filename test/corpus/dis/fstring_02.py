# Nested format specs and f-strings inside functions and comprehensions.
def table(rows, width, prec):
    out = []
    for label, v in rows:
        out.append(f"{label:>{width}}: {v:.{prec}f}")
    return out

def tag(x):
    return f"<{x!r:>{len(str(x)) + 4}}>"

print(table([("a", 1.5), ("bb", 2.25)], 5, 2))
print([f"{i}:{i * i}" for i in range(3)], tag(42))
print(f"{{braces}} {'{'}")
