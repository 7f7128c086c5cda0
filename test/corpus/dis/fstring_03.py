# f-strings mixing string parts and expressions of many kinds.
class P:
    def __init__(self):
        self.x = 1
        self.items = [1, 2]

p = P()
d = {"k": "v"}
print(f"x={p.x} items={p.items[0]} d={d['k']} len={len(p.items)}")
print(f"{p.x if p.x else 'none'} {-p.x} {not p.x}")
print(f"{p.x:08.3f} {p.x:#x} {p.x:+d} {255:b}")
print(f"a" f"b{p.x}" "c")
