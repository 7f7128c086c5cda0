# Nested functions: helpers inside functions, recursion, decorators with arguments.
def word_stats(text):
    def clean(w):
        return w.strip(".,;!?").lower()

    def is_word(w):
        return w.isalpha()

    words = [clean(w) for w in text.split()]
    words = [w for w in words if is_word(w)]
    return len(words), sorted(set(words))[:5]

print(word_stats("The quick brown fox; the LAZY dog! 42 times, the end."))

def repeat(times):
    def decorate(f):
        def wrapper(*args, **kwargs):
            results = []
            for _ in range(times):
                results.append(f(*args, **kwargs))
            return results
        wrapper.__name__ = "repeated_" + f.__name__
        return wrapper
    return decorate

@repeat(3)
def greet(name, punct="!"):
    return "hi " + name + punct

print(greet("ann"), greet("bob", punct="?"), greet.__name__)

def trace(f):
    depth = [0]

    def wrapped(n):
        print("  " * depth[0] + "call %s(%d)" % (f.__name__, n))
        depth[0] += 1
        r = f(n)
        depth[0] -= 1
        print("  " * depth[0] + "-> %d" % r)
        return r

    return wrapped

@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(4))

def hanoi(n):
    moves = []

    def move(k, src, dst, via):
        if k == 0:
            return
        move(k - 1, src, via, dst)
        moves.append((src, dst))
        move(k - 1, via, dst, src)

    move(n, "A", "C", "B")
    return moves

print(len(hanoi(5)), hanoi(2))
