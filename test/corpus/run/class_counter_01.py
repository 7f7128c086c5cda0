# The seed Counter class run single-threaded, with methods and class attributes.
class Counter:
    instances = 0

    def __init__(self, start=0):
        self.count = start
        Counter.instances += 1

    def increase(self, n):
        for _ in range(n):
            self.count += 1
        return self

    def __repr__(self):
        return f"Counter({self.count})"

a = Counter()
b = Counter(10)
a.increase(5).increase(5)
b.increase(1)
print(a, b, Counter.instances)
print([Counter(i).increase(i) for i in range(3)], Counter.instances)
