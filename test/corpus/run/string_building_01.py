# Building strings: joins, repetition, slicing tricks, chr/ord, caesar cipher, palindromes.
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)

msg = "Hello, World! xyz"
enc = caesar(msg, 3)
print(enc, caesar(enc, -3), caesar(msg, 26) == msg)
def is_pal(s):
    t = "".join([c.lower() for c in s if c.isalnum()])
    return t == t[::-1]
print([is_pal(s) for s in ["Racecar", "A man, a plan, a canal: Panama", "abc", ""]])
print("-".join([str(i) for i in range(5)]), "ab" * 3 + "c", "=" * 0 + "|")
s = "abcdefghij"
print(s[::2], s[1::3], s[-3:], s[:-3], s[::-2], s[100:], s[-100:2], s[3:1], s[5:5])
words = "the quick brown fox".split()
print(" ".join([w.capitalize() for w in words]), " ".join(words[::-1]), "".join([w[0] for w in words]).upper())
acr = ""
for w in words:
    acr += w[0]
print(acr, len(acr), acr * 2, acr in "xtqbfx", "%r" % acr)
vowels = sum([1 for c in "programming is fun" if c in "aeiou"])
print(vowels, ord("a"), ord("€"), chr(8364), "\u00e9", len("naïve"), "naïve".upper())
print(repr("quote's"), repr('dq"s'), repr("both'\""), repr("\\back"), repr("\t\n\x00\x7f"))
lines = ["%3d: %s" % (i, w) for i, w in enumerate(words, 1)]
print("\n".join(lines))
