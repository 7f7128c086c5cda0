# Re-raising, nested handlers, exception attributes after handling.
def risky(n):
    if n < 0:
        raise ValueError("negative")
    return n * 2

def wrapper(n):
    try:
        return risky(n)
    except ValueError:
        print("wrapper saw it")
        raise

try:
    wrapper(-1)
except ValueError as e:
    print("outer caught", e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("converted")
except TypeError as e:
    print(e, type(e.__context__).__name__)
print(wrapper(4))
