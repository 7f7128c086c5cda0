# Keyword-only parameters after a bare star.
def connect(host, *, timeout, verbose=False):
    if verbose:
        print("connecting", host)
    return host, timeout

def flags(*, a, b, c):
    return a and b or c

print(connect("h", timeout=5))
print(connect("h", timeout=1, verbose=True))
print(flags(a=1, b=0, c=2))
