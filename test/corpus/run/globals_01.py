# global statements, module counters and functions mutating module state.
count = 0
log = []

def increment(n):
    global count
    for _ in range(n):
        count += 1

def note(msg):
    log.append(msg)

def reset():
    global count, log
    count = 0
    log = []

increment(5)
note("five")
print(count, log)
reset()
increment(3)
print(count, log)
