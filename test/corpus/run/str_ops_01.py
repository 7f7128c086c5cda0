# String operators: concatenation, repetition, slicing, membership, comparison.
s = "abcdefgh"
print(s * 2, "-" * 10, 3 * "ab")
print(s[::-1], s[::-2], s[-3:], s[:-3], s[2:6:2], s[6:2:-1], s[100:], s[-100:2])
print("cd" in s, "x" not in s, s < "b", "Z" < "a", "abc" == "ab" + "c")
print(len(s), s[0], s[-1], ord("A"), chr(97), str(12) + str(3.5))
print(repr("it's"), repr('say "hi"'), repr("tab\t"), repr("nl\n"), repr("\\"))
print(repr("caf\u00e9"), "caf\u00e9", len("\u65e5\u672c"))
print(min("hello"), max("hello"), sorted("banana"))
print(list("abc"), tuple("ab"), "".join(reversed("abc")))
