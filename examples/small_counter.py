# A counter small enough to explore every interleaving.
#   gilsim explore examples/small_counter.py --threads 2 --observe count
# Expected on --python 3.8 and 3.9: verdict violated, exploration complete, final values
# {2, 3, 4, 5, 6} (2 threads x 3 increments), and a one-preemption counterexample whose token
# replays the lost update with `gilsim run ... --schedule TOKEN`.
# On 3.10-3.13 `count += 1` has no switch point between the read and the write: verdict holds,
# the single outcome 6.
count = 0


def increment():
    global count
    for _ in range(3):
        count += 1
