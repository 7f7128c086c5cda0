# `count += one()`: the global is read before the call, and a call is a switch point on every
# version (3.8-3.10: after CALL_FUNCTION; 3.11+: at the callee's RESUME).
#   gilsim run examples/racy_call.py --threads 5 --target increment
# Expected on every version 3.8-3.13: count ends below 500000 for most seeds (lost updates),
# unlike counter.py, which only loses updates on 3.8 and 3.9.
count = 0


def one():
    return 1


def increment():
    global count
    for _ in range(100000):
        count += one()
