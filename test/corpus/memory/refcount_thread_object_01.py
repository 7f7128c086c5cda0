# A Thread object holds its target and args until it dies (never started) or run() ends.
import sys
import threading

def work(x):
    pass

data = []
t = threading.Thread(target=work, args=(data,))
print(sys.getrefcount(data))
del t
print(sys.getrefcount(data))
t2 = threading.Thread(target=work, args=(data,))
t2.start()
t2.join()
print(sys.getrefcount(data))
