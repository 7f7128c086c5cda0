# while loops: counting, collatz, digit sums.
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

def digit_sum(n):
    s = 0
    while n:
        n, d = divmod(n, 10)
        s += d
    return s

best = max(range(1, 100), key=collatz_len)
print(best, collatz_len(best), collatz_len(27))
print(digit_sum(2 ** 100), digit_sum(0))
n = 0
while n < 5:
    n += 1
print(n)
