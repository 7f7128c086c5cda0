# Ends with an uncaught NameError inside a function (a typo in a variable name).
def total(items):
    result = 0
    for item in items:
        result += item
    return reslt

print("start")
print(total([1, 2, 3]))
