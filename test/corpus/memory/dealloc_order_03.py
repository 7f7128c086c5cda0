# When a call's arguments die: before 3.11 the caller pops a Python function's operands from
# the top after it returned; from 3.11 the function's frame owns its arguments, which die with
# its locals in parameter order. CALL_FUNCTION_EX releases the function, then the positional
# tuple, then the keyword dict, on every version.
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n)


def h(a, b):
    pass


def k(*a, **kw):
    pass


class C:
    def m(self, a, b):
        pass


h(D(1), D(2))
print('--')
h(b=D(4), a=D(3))
print('--')
k(*[D(5)], **{'x': D(6)})
print('--')
C().m(D(8), D(9))
print('--')
for i in range(3):
    h(D(10 + i), D(20 + i))
    k(*[D(30 + i)], **{'y': D(40 + i)})
print('end')
