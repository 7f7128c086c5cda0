# Defaults combined with keyword-only parameters.
def config(host, port=80, *, secure=False, retries=3):
    scheme = "https" if secure else "http"
    return scheme + "://" + host + ":" + str(port) + "/" + str(retries)

def kw_only_defaults(*, a=1, b=2, c):
    return a + b + c

print(config("example"))
print(config("example", 443, secure=True))
print(kw_only_defaults(c=3))
print(kw_only_defaults(a=0, c=1))
