# try/except/else/finally flow with return, break, continue.
def f(x):
    out = []
    try:
        out.append("try")
        if x == 1:
            raise ValueError("one")
        if x == 2:
            return out
    except ValueError:
        out.append("except")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out

print(f(0), f(1), f(2))
res = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        res.append(i)
    finally:
        res.append("f" + str(i))
print(res)
