r = r'\n\d', R"\x", rb'\x00', Rb"a", bR'b', BR"c", br'd'
b = b'abc\x00\xff\n', B"x"
u = u'unicode', U"upper"
uni = 'héllo wörld', '日本語',emoji 😀'
cont = 'line\
continued'