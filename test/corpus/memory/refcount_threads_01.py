# Refcounts of an object passed to a thread as an argument, after the thread finished.
import sys
import threading

def worker(x, out):
    out.append(len(x))

def main():
    data = [1, 2, 3]
    out = []
    print(sys.getrefcount(data))
    t = threading.Thread(target=worker, args=(data, out))
    t.start()
    t.join()
    print(out)
    del t
    print(sys.getrefcount(data))

main()
