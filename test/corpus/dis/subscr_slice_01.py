# Subscripts and slices with every part omitted or present.
s = list(range(10))
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[:], s[::2], s[::-1], s[1:8:3])
i, j, k = 1, 6, 2
print(s[i:j], s[i:], s[:j], s[i:j:k], s[::k], s[i::k], s[:j:k])
s[1:3] = ["a", "b"]
s[::3] = [0, 0, 0, 0]
text = "abcdef"
print(s, text[-3:], text[::-2])
