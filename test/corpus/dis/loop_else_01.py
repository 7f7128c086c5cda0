# else clauses on loops, with and without break reached.
def check(values):
    for v in values:
        if v < 0:
            print("negative found")
            break
    else:
        print("all non-negative")
    count = 0
    while count < 3:
        count += 1
    else:
        count = -count
    return count

print(check([1, 2]), check([1, -1]))
