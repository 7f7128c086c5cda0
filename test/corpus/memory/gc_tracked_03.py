# gc.is_tracked of fetched instance dicts across collections and layouts: a full collection
# untracks a dict left with atomic values; a non-str key or more attribute names than a class's
# shared keys hold make the dict the object's storage again (3.13), so stores through the
# object then count; a subclass behaves like its base.
import gc

class Box:
    pass

b = Box()
b.item = []
db = b.__dict__
print("materialised with a list", gc.is_tracked(db))
gc.collect()
print("collected while holding it", gc.is_tracked(db))
b.item = 0
print("list replaced through the object", gc.is_tracked(db))
gc.collect()
print("after a full collection", gc.is_tracked(db))
b.item = [1]
print("list again through the object", gc.is_tracked(db))

k = Box()
k.a = 1
dk = k.__dict__
dk[1] = "one"
k.b = [2]
print("non-str key, then a list", gc.is_tracked(dk))

class Wide:
    pass

w = Wide()
for i in range(40):
    setattr(w, "f%d" % i, i)
dw = w.__dict__
print("forty atomic attributes", gc.is_tracked(dw))
w.extra = [0]
print("one more, a list", gc.is_tracked(dw))
w2 = Wide()
dw2 = w2.__dict__
w2.f35 = []
print("late name on a new object", gc.is_tracked(dw2))
w2.f0 = []
print("early name on it afterwards", gc.is_tracked(dw2))

class SubBox(Box):
    def __init__(self):
        self.n = 0

s = SubBox()
ds = s.__dict__
s.n = [0]
print("subclass, list through the object", gc.is_tracked(ds))
print(len(dw), sorted(ds))
