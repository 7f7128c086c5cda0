import sys
import threading

sys.setswitchinterval(1e-6)
N = 20000
THREADS = 4


def one():
    return 1


L = list(range(200))
seen = 0
done = False


def sorter():
    global done
    for _ in range(2000):
        L.sort()
    done = True


def observer():
    global seen
    while not done:
        if len(L) == 0:
            seen += 1


ts = [threading.Thread(target=sorter), threading.Thread(target=observer)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("lost", 1 if seen else 0)
