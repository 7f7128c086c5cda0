# Every augmented operator on a local name.
def ops(a, b):
    x = a
    x += b
    x -= 1
    x *= b
    x /= 2
    x //= 1
    x %= 7
    x **= 2
    y = int(x)
    y <<= 2
    y >>= 1
    y &= 0xFF
    y |= 0x10
    y ^= 3
    return x, y

print(ops(5, 3))
