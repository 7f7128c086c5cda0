# for loops over set literals of constants: the iterable is folded to a frozenset constant.
for w in {"a", "b", "c"}:
    print(w)
total = 0
for word in {"one", "two", "three", "four", "five", "six"}:
    total += len(word)
def keywords():
    out = []
    for k in {"if", "else", "while", "for", "def", "class", "return", "import", "print", "len"}:
        out.append(k)
    return out
