# bool and None literals and unicode identifiers-free text with non-ASCII characters.
t = True
f = False
n = None
e = ...
greek = "αβγ"
emoji = "☃"
mixed = [True, False, None, 0, 1, "", "x"]

def defaults(a=None, b=True, c=False):
    return a, b, c

print(t, f, n, e, greek, emoji, mixed, defaults())
