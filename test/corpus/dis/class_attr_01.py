# Class attributes: shared lists, counters and references between them.
class Registry:
    items = []
    size = 0
    limit = size + 10
    label = "reg" + str(limit)

    def register(self, x):
        self.items.append(x)
        Registry.size = len(self.items)

r1 = Registry()
r2 = Registry()
r1.register("a")
r2.register("b")
print(Registry.items, Registry.size, Registry.limit, r1.label)
