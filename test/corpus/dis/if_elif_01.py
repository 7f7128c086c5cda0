# if / elif / else chains.
def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n < 10:
        kind = "small"
    else:
        kind = "large"
    return kind

for v in (-3, 0, 4, 99):
    print(classify(v))
x = 5
if x:
    print("truthy")
if not x:
    print("falsy")
