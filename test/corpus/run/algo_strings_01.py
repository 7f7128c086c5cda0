# String processing: palindromes, word counts, caesar cipher.
def is_pal(s):
    cleaned = "".join([c.lower() for c in s if c.isalnum()])
    return cleaned == cleaned[::-1]

def caesar(text, k):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + k) % 26 + ord("a")))
        else:
            out.append(ch)
    return "".join(out)

text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(is_pal("A man, a plan, a canal: Panama"), is_pal("hello"))
print(caesar("hello, world", 3), caesar(caesar("abcxyz", 5), 21))
print(counts["the"], sorted(counts.items(), key=lambda kv: -kv[1])[:2])
