# printf-style % formatting: tuples, mappings, widths, precision, flags and every conversion.
name, age, score = "Ada", 36, 91.456
print("%s is %d years old" % (name, age))
print("score: %.2f|%8.3f|%-8.1f|%08.2f|%+.1f" % (score, score, score, score, score))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8))
print("%e %E %.3e %g %G %.3g" % (12345.678, 12345.678, 0.000123, 1e-7, 1e20, 3.14159))
print("%r %s %a" % ("hi", "hi", "caf\u00e9"))
print("%c%c%c" % (72, "i", 33))
print("%(name)s scored %(score).1f" % {"name": name, "score": score})
print("%*d|%-*d|%.*f" % (6, 7, 6, 7, 2, 2.71828))
print("100%% done, %s" % "ok")
print("%s" % [1, 2, 3], "%s" % (None,), "%s %s" % (True, 1.0))
print("%d" % 3.99, "%i" % -2.5, "%s" % 10 ** 20)
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))
print("%10.4s|" % "abcdefgh", "%-6s|" % "ab")
for bad in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
