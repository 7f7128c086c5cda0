# Augmented assignment on globals, from module level and through `global`.
total = 10
total += 5
total -= 2
total *= 3

def update(n):
    global total
    total //= n
    total %= 100
    total **= 2
    total <<= 1
    total >>= 2
    total |= 1
    total &= 0x7FF
    total ^= 5
    total /= 4

update(2)
print(total)
