# try/except/else/finally all together, with return in each part.
def full(x):
    try:
        if x < 0:
            raise ValueError(x)
        r = "ok"
    except ValueError:
        return "neg"
    else:
        if x == 0:
            return "zero"
        r = r + "!"
    finally:
        print("finally", x)
    return r

print(full(-1), full(0), full(1))
