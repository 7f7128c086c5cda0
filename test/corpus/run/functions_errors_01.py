# TypeError messages for wrong calls, caught.
def two(a, b):
    return a + b

def kw(*, key):
    return key

class K:
    def m(self, x):
        return x

five = 5
nothing = None

tests = [
    lambda: two(1),
    lambda: two(1, 2, 3),
    lambda: two(1, b=2, a=3),
    lambda: two(1, c=2),
    lambda: kw(1),
    lambda: kw(),
    lambda: K().m(),
    lambda: five(),
    lambda: nothing[0],
    lambda: [1] < "a",
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
