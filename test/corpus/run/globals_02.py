# Global counters and state: global statements, mutation vs rebinding, shadowing.
counter = 0
history = []
config = {"verbose": False}

def bump(n=1):
    global counter
    counter += n
    history.append(counter)

def set_verbose(flag):
    config["verbose"] = flag

def shadow():
    counter = -1
    return counter

for i in range(5):
    bump(i)
set_verbose(True)
print(counter, history, config, shadow(), counter)

def reset():
    global counter, history
    counter = 0
    history = []

reset()
bump()
print(counter, history)

def read_before_assign():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)

read_before_assign()

def make_global():
    global created
    created = "made inside"

make_global()
print(created, "created" in globals(), sorted([k for k in globals() if not k.startswith("__")])[:4])
total = 0
for n in range(1, 101):
    total += n
print(total)
