# Module-level names used as globals by a function.
count = 0
limit = 10
step = 2

def bump():
    global count
    count = count + step
    return count

bump()
bump()
print(count, limit)
flag = count > limit
print(flag)
