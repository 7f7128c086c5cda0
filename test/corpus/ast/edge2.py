x = f'{a}' f'{b}'
x = f'{a!r}' 'lit' f'{b:x}' 'lit2'
x = 'a' 'b' f'c{d}e' 'f'
x = f'{"a" "b"}'
x = f'{x}{x}{x}'
x = f'{x:{x}{x}}'
x = f'''{
a + b
}'''
x = f'''line1
{a} {b
}'''
x = f'{a}' \
    f'{b}'
x = (f'{a}'
     f'{b}')
x = F'{a}' Rf'{b}\d' fR'\{c}'
x = f'{a["b"]!s:{c}>{d}}'
x = f'{{{a}}}'
x = f'{{}}'
x = f'}}{{'
x = f'{a:}'
x = f'{a!r:}'
x = f'{3}' f'{4}'
x = f'{a=} {b = !s} {c=:>5}'
x = f'{ a }'
x = f'{a}é{b}'
é = f'{é}'
x = u'a' 'b'
x = 'a' u'b'
x = f'{(lambda: 1)()}'
x = f'{a if b else c}'
x = f'{a, b}'
x = f'{[a for a in b]}'
x = f'{{a}}{b}'
x = f"{'{'}"
x = f'{a:%H:%M}'
x = f'{a!s}{b!r}{c!a}'
x = b'a' b'b' rb'c\d'
