# comment at top

x = (1,
     2,   # inline
  3)
y = [
    1,
]
z = 1 + \
    2
def f(
    a,
    b,
):
	return a
if x:
        # comment line with different indent
    pass

class K:

    def m(self):

        pass
    # trailing comment
s = """abc
def""" + 'x'
v = {'a':
     1}
call(a,
     b)[
    0]
