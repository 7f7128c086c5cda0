# return/break/continue crossing try, except and with blocks together.
import threading

m = threading.Lock()

def mixed(items):
    total = 0
    for it in items:
        with m:
            try:
                if it == "stop":
                    break
                total += int(it)
            except ValueError:
                continue
            finally:
                total += 1000
    return total

print(mixed(["1", "x", "2", "stop", "3"]))
