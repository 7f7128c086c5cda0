# while 1 / while True loops with break.
def find(limit):
    n = 0
    while 1:
        n += 1
        if n * n > limit:
            break
    return n

def spin():
    i = 0
    while True:
        i = i + 3
        if i > 10:
            return i

while 0:
    print("never")
print(find(50), spin())
