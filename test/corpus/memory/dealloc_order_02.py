# The order in which an instruction releases its operands shows in __del__ output: STORE_ATTR
# drops the value, then the owner (a dying owner's dict is cleared in insertion order); a call
# of a built-in method releases its operands from the top before 3.11, callable first and then
# the arguments bottom-up from 3.11.
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n)


class Box:
    pass


def make():
    b = Box()
    b.v = None
    b.a = D(1)
    return b


make().v = D(2)
print('--')
[D(3)].count(D(4))
print('--')
{}.get(D(5), D(6))
print('--')
for i in range(3):
    make().v = D(10 + i)
    [D(20 + i)].count(D(30 + i))
print('end')
