# nonlocal across two levels and several variables.
def outer():
    total = 0
    calls = 0
    def middle(k):
        def inner(v):
            nonlocal total, calls
            total = total + v * k
            calls += 1
        for i in range(3):
            inner(i)
        return total
    middle(2)
    middle(5)
    return total, calls

print(outer())
