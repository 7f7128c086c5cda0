# Sieve of Eratosthenes and trial division.
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
    return [i for i, p in enumerate(is_prime) if p]

def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True

ps = sieve(60)
print(ps)
print(all([is_prime(p) for p in ps]), [n for n in range(60) if is_prime(n)] == ps)
print(len(sieve(1000)))
