# break and continue inside try/finally within loops.
def loop_finally(n):
    out = []
    for i in range(n):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(-i)
    return out

def while_finally():
    i = 0
    while True:
        try:
            i += 1
            if i > 2:
                return i
        finally:
            i += 10

print(loop_finally(5), while_finally())
