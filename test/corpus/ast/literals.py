i = 0, 1, 123, 0x1F, 0o17, 0b1010, 1_000_000, 0_0, 00, 12345678901234567890123456789
f = 1.0, .5, 5., 1e10, 1E-5, 1.5e+3, 1_0.0_1, 0.1, 1e400, 2.2250738585072014e-308, 0e0
j = 1j, 1.5J, 0j, 1e3j
s = 'a', "b", '''c''', """d""", 'it''s', "multi" 'ple' """parts"""
e = '\n\t\\\'\"\a\b\f\v\r\0\1\12\123\x41\u00e9\U0001F600'
r = r'\n\d', R"\x", rb'\x00', Rb"a", bR'b', BR"c", br'd'
b = b'abc\x00\xff\n', B"x"
u = u'unicode', U"upper"
uni = 'héllo wörld', '日本語', 'emoji 😀'
cont = 'line\
continued'
tq = """first
second\
third"""
unk = '\q\w'
empty = '', b'', """"""
