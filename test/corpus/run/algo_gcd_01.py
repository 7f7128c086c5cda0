# Euclid's algorithm, lcm, and fraction reduction with big numbers.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def lcm(a, b):
    return a * b // gcd(a, b)

def reduce(n, d):
    g = gcd(n, d)
    return n // g, d // g

print(gcd(48, 18), gcd(17, 5), gcd(0, 9), lcm(4, 6))
print(reduce(84, 36), reduce(2 ** 40, 6 ** 20))
acc = 1
for k in range(1, 21):
    acc = lcm(acc, k)
print(acc)
