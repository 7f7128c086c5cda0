# Sorting with keys, reverse, stability, multi-key tuples and objects with __lt__.
people = [("Ann", 31, "NY"), ("bob", 25, "LA"), ("Cid", 31, "LA"), ("dee", 25, "NY"), ("Eve", 40, "SF")]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[0].lower(), reverse=True))
print([p[0] for p in sorted(people, key=lambda p: p[2])])
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort(key=abs)
print(nums, sorted(nums, key=lambda n: n % 3), max(nums, key=abs), min(nums, key=lambda n: (n % 2, n)))

class Version:
    def __init__(self, text):
        self.parts = [int(p) for p in text.split(".")]
        self.text = text

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + self.text

vs = [Version(t) for t in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs))
grades = {"ann": 88, "bob": 95, "cid": 88, "dee": 70}
ranking = sorted(grades, key=lambda n: (-grades[n], n))
for i, n in enumerate(ranking, 1):
    print(i, n, grades[n])
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
