# Augmented assignment on attributes.
class Stats:
    def __init__(self):
        self.n = 0
        self.mask = 0
        self.ratio = 1.0

    def record(self, v):
        self.n += 1
        self.n -= 0
        self.n *= 1
        self.mask |= v
        self.mask &= 0xFFFF
        self.mask ^= 1
        self.mask <<= 1
        self.mask >>= 1
        self.ratio /= 2
        self.ratio **= 1
        self.n //= 1
        self.n %= 1000

s = Stats()
s.record(6)
s.n += 10
print(s.n, s.mask, s.ratio)
