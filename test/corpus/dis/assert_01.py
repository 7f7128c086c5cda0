# assert with and without a message.
def positive(n):
    assert n > 0
    return n

def ranged(n, lo, hi):
    assert lo <= n <= hi, "out of range: " + str(n)
    assert isinstance(n, int), n
    return n

assert True
assert 1, "never shown"
print(positive(3), ranged(5, 0, 10))
