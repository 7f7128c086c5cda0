# Built-in exception messages for common mistakes, caught and printed.
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 5 % 0)
show(lambda: {"a": 1}["b"])
show(lambda: [1, 2][5])
show(lambda: "abc"[10])
show(lambda: int("x"))
show(lambda: None.foo)
show(lambda: undefined_name)
show(lambda: "a" + 1)
show(lambda: 1 + "a")
show(lambda: len(5))
show(lambda: [].pop())
show(lambda: {}.popitem())
