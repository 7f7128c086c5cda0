# str methods with their optional arguments.
s = "  Hello, World! Hello again.  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" .H")))
t = s.strip()
print(t.find("Hello"), t.find("Hello", 1), t.rfind("Hello"), t.find("x"), t.index("World"), t.rindex("l"))
print(t.count("l"), t.count("l", 5), t.count("Hello", 0, 10), t.count(""))
print(t.startswith("Hello"), t.startswith(("Hi", "He")), t.endswith("."), t.startswith("World", 7), t.endswith("!", 0, 13))
print(t.split(), t.split(", "), t.split("l", 2), t.rsplit("l", 2), "a,b,,c,".split(","), "  x  y ".split(None, 1))
print(t.replace("Hello", "Bye"), t.replace("l", "L", 2), "aaa".replace("a", "ab"), "abc".replace("", "-"))
print(t.upper(), t.lower(), t.swapcase(), "hello world".title(), "hELLO wORLD".capitalize(), "they're bill's".title())
print(t.partition(", "), t.rpartition(" "), t.partition("#"), "k=v=w".partition("="), "k=v=w".rpartition("="))
print("|" + "ab".center(7, "*") + "|" + "ab".ljust(5, ".") + "|" + "ab".rjust(5) + "|" + "-42".zfill(6) + "|" + "7".zfill(3) + "|")
print("line1\nline2\r\nline3".splitlines(), "a\nb\n".splitlines(True), "x\ty\tzz\tw".expandtabs(4))
print("abc123".isalnum(), "abc".isalpha(), "123".isdigit(), "   ".isspace(), "Title Case".istitle(), "UP".isupper(), "low".islower(), "_id1".isidentifier(), "12a".isdecimal())
print("-".join(["a", "b", "c"]), "".join(reversed("stressed")), ", ".join([str(i) for i in [1, 2]]))
print("%s|%s" % ("abc"[::-1], "abcdef"[1:5:2]), "x" * 3, "ab" in "cabd", "Straße".upper(), "ǅ".lower(), "ΣΑΣ".lower())
try:
    "a b".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
