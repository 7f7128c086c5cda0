# f-strings with conversions and format specs.
name = "world"
value = 3.14159
count = 1234567
print(f"hello {name}")
print(f"{name!r} {name!s} {name!a}")
print(f"{value:.2f} {count:,} {count:>12}")
print(f"{value:10.3f}|{name:<8}|{name:^9}|")
print(f"{'literal'} {1 + 2} {name.upper()}")
print(f"no fields")
