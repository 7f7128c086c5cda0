# dict.update() and dict() argument errors: too many positional arguments, sequence elements
# that are not sequences or not pairs, non-iterables; keyword arguments still merge.
d = {"k": 0}
for args in [({1: 2}, {3: 4}), (1, 2, 3), ([1],), ([(1, 2, 3)],), (5,), ([(1, 2), "ab", 7],)]:
    try:
        d.update(*args)
        print("ok", sorted(d.items(), key=repr))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
d.update({"a": 1}, b=2)
d.update(c=3)
d.update([("e", 5)], f=6)
print(sorted(d.items(), key=repr))
try:
    dict({1: 2}, {3: 4})
except TypeError as e:
    print("TypeError:", e)
try:
    dict([3])
except TypeError as e:
    print("TypeError:", e)
print(d.update())
{}.update({}, {})
