# Float and string literals: exponents, escapes and unicode.
f1 = 1.5
f2 = 1e10
f3 = 2.5e-3
f4 = .5
f5 = 10.
f6 = -0.0
s1 = 'single'
s2 = "double with 'quotes'"
s3 = "tab\tnewline\nbackslash\\"
s4 = "\x41\u00e9\U0001F600"
s5 = "caf\u00e9 \u65e5\u672c"
s6 = r"raw\n"
s7 = """triple
quoted"""
s8 = "implicit " "concatenation"
s9 = ""
print(f1, f2, f3, f4, f5, f6, s1, s2, s3, s4, s5, s6, s7, s8, s9)
