# Module-level assignments, arithmetic and calls.
x = 1
y = 2
z = x + y * 3
name = "gilsim"
print(z, name)
values = [x, y, z]
total = x - y
result = total * 2 / 5
print(result)
