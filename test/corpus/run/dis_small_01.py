# dis.dis on a small function from inside the program.
import dis

def add_one(x):
    y = x + 1
    return y

dis.dis(add_one)
