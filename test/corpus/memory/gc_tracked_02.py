# gc.is_tracked of an instance's __dict__ after it was fetched: attribute stores through the
# object (3.13 keeps the values inline: the dict's tracking is not updated) against stores
# through the dict itself (tracking follows the stored container), in __init__ and setattr().
import gc

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
d = p.__dict__
print("fresh", gc.is_tracked(d))
p.tags = ["a"]
print("list through the object", gc.is_tracked(d))
setattr(p, "more", {"k": []})
print("dict through setattr()", gc.is_tracked(d))
q = Point(3, 4)
q.tags = ["b"]
print("list before __dict__", gc.is_tracked(q.__dict__))
r = Point(5, 6)
dr = r.__dict__
dr["tags"] = ["c"]
print("list through the dict", gc.is_tracked(dr))
s = Point(7, 8)
ds = vars(s)
s.x = [7]
print("vars() then list", gc.is_tracked(ds))
ds["y"] = 8
print("atomic through the dict", gc.is_tracked(ds))
ds["z"] = (1, [2])
print("tuple holding a list through the dict", gc.is_tracked(ds))
print(sorted(d), sorted(dr), sorted(ds))
