# Producer/consumer with a shared list and a lock; consumers record what they processed.
import threading

tasks = list(range(1, 21))
done = []
lock = threading.Lock()

def consumer(name):
    while True:
        with lock:
            if not tasks:
                return
            item = tasks.pop(0)
        result = item * item
        with lock:
            done.append((item, result, name))

workers = [threading.Thread(target=consumer, args=("w%d" % i,)) for i in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
done.sort()
print(len(done), [d[:2] for d in done[:5]], sum([d[1] for d in done]))
print(sorted(set([d[0] for d in done])) == list(range(1, 21)), tasks)
counts = {}
lock2 = threading.Lock()
def tally(word_list):
    for w in word_list:
        with lock2:
            counts[w] = counts.get(w, 0) + 1
chunks = [["a", "b", "a"], ["b", "c"], ["a", "c", "c", "c"]]
ts = [threading.Thread(target=tally, args=(c,)) for c in chunks]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(counts.items()), threading.current_thread().name)
