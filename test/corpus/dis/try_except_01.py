# try/except with a named exception and a bare except.
def parse(s):
    try:
        return int(s)
    except ValueError:
        return None

def safe_div(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print("error", e)
        r = 0
    except:
        r = -1
    return r

print(parse("1"), parse("x"), safe_div(1, 0), safe_div(4, 2))
