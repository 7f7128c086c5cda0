# Unlocked increments of a global: run with --threads T --target work.
count = 0

def work():
    global count
    for _ in range(2):
        count += 1
