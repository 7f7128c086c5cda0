s = 'a', "b", '''c''', """d""", 'it''s', "multi" 'ple' """ts"""
e = '\n\t\\\'\"\a\b\f\v\r\0\1\12\123\x41\u00e9\U0001F600'
r = r'\n\d', R"\x", rb'\x00', Rb"a", bR'b', BR"c", br'd'
b = b'abc\x00\xff\n', B"x"
u = u'unicode', U"upper"
uni = 'héllo wörld', '日本語', 'emoji 😀'
cont = 'line\
