# A thread dies of an exception when it sees the other thread's write first.
import threading

x = 0

def a():
    global x
    x = 1

def b():
    if x == 1:
        raise ValueError("saw x == 1")

t1 = threading.Thread(target=a)
t2 = threading.Thread(target=b)
t1.start()
t2.start()
t1.join()
t2.join()
