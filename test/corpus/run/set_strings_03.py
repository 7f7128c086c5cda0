# Set table details CPython programs can observe, with str and int keys (PYTHONHASHSEED=0):
# deleted slots refilled by add() (3.8, 3.10+) or not (3.9), pop() resuming where the last
# pop stopped (also across clear()), {*a, *b} displays merging tables, symmetric difference
# with a dict, and constant set displays whose strings equal identifiers of this module or
# strings CPython interned at startup (the constant is then built once more: another order).
apple = 1
kiwi = 2
s = set(range(12))
for i in (2, 4, 6):
    s.discard(i)
s.add(34)
print(s)
t = set(range(12))
for i in range(12):
    t.discard(i)
t.add(40)
t.add(8)
print(t)
u = set(range(20))
print(u.pop(), u.pop(), u.pop())
u.clear()
u.update([1, 2, 3, 4, 5, 6])
print(u.pop(), u)
a = {"apple", "banana", "cherry"}
b = ["date", "fig", "kiwi", "apple"]
print({*a, *b}, {"lemon", *a, "mango"}, {*b, *"xyz"})
c = set(a)
c ^= set(b)
print(c)
c.symmetric_difference_update(dict.fromkeys(["fig", "grape", "kiwi", "lemon", "melon"]))
print(c)
print({"kiwi", "plum", "guava", "peach", "papaya", "pear"}, {"kiwi", "melon", "cherry", "mango", "papaya", "guava"})
print({"y", "plum", "guava", "peach", "papaya", "pear"}, {"y", "mango", "cherry", "lemon", "papaya", "melon"})
print({"x", "grape", "peach", "cherry", "melon", "banana"}, {"x", "mango", "cherry", "lemon", "papaya", "melon"})
print({"_", "plum", "guava", "peach", "papaya", "pear"}, {"_", "grape", "peach", "cherry", "melon", "banana"})
print({"date", "plum", "guava", "peach", "papaya", "pear"}, {"date", "mango", "cherry", "lemon", "papaya", "melon"})
print({"a b", "c d", "banana", "cherry", "grape", "lemon", 5, 261, 40})
print({("apple", 1), ("kiwi", 2), ("banana", 3), "cherry", "grape"})
d = {"w%d" % i for i in range(30)}
for i in range(0, 30, 3):
    d.discard("w%d" % i)
for i in range(30, 40):
    d.add("w%d" % i)
print(d)
e = set(d)
e -= {"w1", "w2", "w4", "w5", "w7", "w8", "w10"}
print(e, len(e))
