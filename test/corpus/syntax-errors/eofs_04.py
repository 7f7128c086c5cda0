x = 1
def f():
    s = """
    body
