# nonlocal across nesting levels and several closures sharing one variable.
def outer():
    x = 0
    log = []

    def middle():
        nonlocal x
        x += 10

        def inner():
            nonlocal x
            x += 1
            log.append(x)
            return x

        return inner

    f = middle()
    f()
    f()
    g = middle()
    g()
    return x, log

print(outer())

def bank(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError("insufficient funds: %d < %d" % (balance, amount))
        balance -= amount
        return balance

    def get():
        return balance

    return deposit, withdraw, get

dep, wd, get = bank(100)
print(dep(50), wd(30), get())
try:
    wd(1000)
except ValueError as e:
    print(e)
print(get())

def fib_memo():
    cache = {0: 0, 1: 1}
    calls = 0

    def fib(n):
        nonlocal calls
        calls += 1
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]

    def stats():
        return calls, len(cache)

    return fib, stats

fib, stats = fib_memo()
print(fib(50), stats(), fib(60), stats())
