# One thread waits for a flag that the other sets: under some schedules it spins until the
# step limit.
import threading

flag = 0

def waiter():
    while flag == 0:
        pass

def setter():
    global flag
    flag = 1

t1 = threading.Thread(target=waiter)
t2 = threading.Thread(target=setter)
t1.start()
t2.start()
t1.join()
t2.join()
