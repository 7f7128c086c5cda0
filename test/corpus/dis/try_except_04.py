# try/except at module level with else and a loop inside.
import sys
values = ["1", "2", "x", "4"]
total = 0
for v in values:
    try:
        n = int(v)
    except ValueError as exc:
        print("skip", v)
        continue
    else:
        total += n
try:
    sys.exit
except AttributeError:
    pass
print(total)
