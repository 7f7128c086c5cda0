q = f'{f"{inner}"}'
r  f'''multi
{line} here
'''
s = f'{a["key"]}'
t = f'{x:{y}}' f'->{z}'
v = f'{ x }'
w = f'{x!r:^{w}}'
