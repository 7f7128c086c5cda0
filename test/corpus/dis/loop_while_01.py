# while with break, continue and else.
def search(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            break
        i += 1
    else:
        return -1
    return i

def odds(n):
    out = []
    k = 0
    while k < n:
        k += 1
        if k % 2 == 0:
            continue
        out.append(k)
    return out

print(search([1, 2, 3], 2), search([], 1), odds(7))
