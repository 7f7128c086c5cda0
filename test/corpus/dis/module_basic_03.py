# Expression statements, attribute access and method calls at module level.
items = []
items.append(1)
items.append(2)
items.extend([3, 4])
items.reverse()
text = "a,b,c"
parts = text.split(",")
joined = "-".join(parts)
print(items, joined)
n = len(items)
items[0] = n
print(items[0], items[-1])
del n
