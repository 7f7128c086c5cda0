# Combination: a tiny tokenizer with while loops, string methods and dict dispatch.
def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            tokens.append(("num", int(text[i:j])))
            i = j
        elif ch in "+-*/()":
            tokens.append(("op", ch))
            i += 1
        else:
            raise ValueError(f"bad char {ch!r} at {i}")
    return tokens

ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b}
print(tokenize("12 + 3*(4 - 1)"))
print(ops["+"](2, 3), ops["-"](2, 3))
