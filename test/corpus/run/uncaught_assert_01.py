# Ends with a failing assert carrying a message.
def check(xs):
    assert len(xs) > 0, "list is empty"
    return xs[0]

print(check([4]))
print(check([]))
