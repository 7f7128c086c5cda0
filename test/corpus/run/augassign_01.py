# Every augmented assignment operator on names, attributes and subscripts.
x = 17
x += 3; print(x)
x -= 5; print(x)
x *= 4; print(x)
x //= 7; print(x)
x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0b1110; print(x)
x |= 0b10001; print(x)
x ^= 0b11111; print(x)
x /= 4; print(x)

class Box:
    pass

b = Box()
b.v = 10
b.v += 1
b.v *= 3
d = {"k": [1, 2]}
d["k"] += [3]
d["k"][0] -= 10
s = "ab"
s += "cd"
s *= 2
print(b.v, d, s)
