# A user-defined container: __getitem__/__setitem__/__delitem__/__len__/__contains__/__iter__.
class Inventory:
    def __init__(self):
        self._items = {}

    def __setitem__(self, name, qty):
        if qty < 0:
            raise ValueError("negative quantity for " + name)
        self._items[name] = qty

    def __getitem__(self, name):
        if name not in self._items:
            raise KeyError(name)
        return self._items[name]

    def __delitem__(self, name):
        del self._items[name]

    def __len__(self):
        return len(self._items)

    def __contains__(self, name):
        return name in self._items

    def __iter__(self):
        return iter(sorted(self._items))

    def __repr__(self):
        return "Inventory(%r)" % (self._items,)

inv = Inventory()
inv["bolt"] = 40
inv["nut"] = 15
inv["gear"] = 3
inv["nut"] += 5
print(inv, len(inv), "gear" in inv, "cog" in inv, inv["nut"])
for name in inv:
    print(name, inv[name])
del inv["bolt"]
print(list(inv), sorted(inv, key=lambda n: inv[n]))
try:
    inv["cog"]
except KeyError as e:
    print("KeyError", e)
try:
    inv["x"] = -1
except ValueError as e:
    print("ValueError", e)

class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)

class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(5)), [x * 2 for x in Countdown(3)], sum(Countdown(4)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
