# dis.dis on functions with a loop and a global augmented assignment.
import dis

count = 0

def increment():
    global count
    for _ in range(10):
        count += 1

def method_call(items):
    items.append(len(items))

dis.dis(increment)
dis.dis(method_call)
