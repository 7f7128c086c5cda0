# Lock.acquire's arguments: blocking and timeout, positional or by keyword, and the errors.
import threading

lock = threading.Lock()
print(lock.acquire())
print(lock.acquire(False))
print(lock.acquire(blocking=False))
print(lock.acquire(timeout=0))
lock.release()
print(lock.acquire(True, 0.5))
lock.release()
print(lock.acquire(blocking=True, timeout=1))
lock.release()
try:
    lock.acquire(False, 1)
except ValueError as e:
    print('ValueError:', e)
try:
    lock.acquire(blocking=False, timeout=2.5)
except ValueError as e:
    print('ValueError:', e)
print(lock.locked())
r = threading.RLock()
print(r.acquire(), r.acquire(False), r.acquire(timeout=0))
r.release()
r.release()
r.release()
print('done')
