# Slicing with negative steps, out-of-range bounds and assignment.
a = list(range(10))
print(a[::-1], a[::-3], a[8:2:-2], a[-1:-4:-1], a[2:8:-1], a[-2::-4])
print(a[100:], a[-100:3], a[3:1], a[5:5], a[::100])
s = "hello world"
print(s[::-1], s[-5:], s[:5][::-1], s[1::2], s[::-2])
b = a[:]
b[2:5] = []
print(b)
b[:0] = [-1, -2]
print(b)
b[-1:] = ["end"]
print(b)
b[::2] = "abcde"
print(b)
t = (1, 2, 3, 4, 5)
print(t[::-1], t[1:-1], t[-2:])
