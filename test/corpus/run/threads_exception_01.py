# An exception escaping a thread prints "Exception in thread" with threading.py's frames;
# the main thread carries on. Threads run one at a time (joined) so stderr order is fixed.
import threading

def parse_all(items):
    out = []
    for s in items:
        out.append(int(s))
    print("parsed", out)

class Divider(threading.Thread):
    def __init__(self, d):
        super().__init__(name="divider")
        self.d = d

    def run(self):
        print("dividing by", self.d)
        print(10 // self.d)

t1 = threading.Thread(target=parse_all, args=(["1", "2", "three"],), name="parser")
t1.start()
t1.join()
t2 = Divider(0)
t2.start()
t2.join()
t3 = threading.Thread(target=parse_all, args=(["4", "5"],))
t3.start()
t3.join()
print("main done", t1.is_alive(), t2.is_alive())
