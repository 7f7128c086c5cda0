# A call between the read and the write: racy on every CPython, 3.8 to 3.13.
#   gilsim explore examples/small_racy_call.py --threads 2 --target increment --observe count --python 3.12
# Expected on every version: verdict violated (lost update), because the called function's
# frame start (RESUME on 3.11+) is a switch point between `count`'s read and its write.
count = 0


def one():
    return 1


def increment():
    global count
    for _ in range(2):
        count += one()
