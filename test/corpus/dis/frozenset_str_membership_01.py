# Membership tests against set literals of str constants: folded to frozenset constants.
fruit = 'kiwi'
if fruit in {"apple", "banana", "cherry", "date"}:
    print("known")
ok = fruit not in {"x", "y", "z"}
def colour(s):
    return s in {"red", "green", "blue", "cyan", "magenta", "yellow", "black", "white"}
def greek(w):
    return w in {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu"}
