# current_thread().name in the main thread and in named worker threads.
import threading

print(threading.current_thread().name)
seen = []
guard = threading.Lock()

def record(tag):
    name = threading.current_thread().name
    with guard:
        seen.append(name + ":" + tag)

workers = []
for i in range(3):
    workers.append(threading.Thread(target=record, args=("job" + str(i),), name="worker-" + str(i)))
for w in workers:
    w.start()
for w in workers:
    w.join()
print(sorted(seen))
print(threading.current_thread().name == "MainThread")
