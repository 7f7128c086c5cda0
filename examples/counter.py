# The classic lost update on a global counter.
#   gilsim run examples/counter.py --threads 5
# starts 5 threads that each call increment() once: 500000 increments in all.
# Expected: on --python 3.8 and 3.9, count ends below 500000 for most seeds, because
# `count += 1` (LOAD_GLOBAL, LOAD_CONST, INPLACE_ADD, STORE_GLOBAL) has switch points between
# the read and the write. On 3.10-3.13 the GIL is only dropped at the loop's backward jump and
# after calls, so count ends at exactly 500000.
count = 0


def increment():
    global count
    for _ in range(100000):
        count += 1
