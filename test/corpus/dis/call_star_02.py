# Star calls inside functions and methods; several starred groups.
def collect(*a, **k):
    return len(a), len(k)

def relay(xs, ys, opts):
    r1 = collect(*xs, *ys)
    r2 = collect(0, *xs, key=1, **opts)
    r3 = collect(**opts, **{"z": 1})
    return r1, r2, r3

class Proxy:
    def call(self, *a, **k):
        return collect(*a, **k)

print(relay([1], [2, 3], {"q": 0}))
print(Proxy().call(1, 2, w=3))
