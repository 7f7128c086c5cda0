# for with break, continue and else inside a function.
def primes(limit):
    found = []
    for n in range(2, limit):
        for p in found:
            if n % p == 0:
                break
        else:
            found.append(n)
    return found

def skip_vowels(word):
    out = ""
    for ch in word:
        if ch in "aeiou":
            continue
        out += ch
    return out

print(primes(20), skip_vowels("education"))
