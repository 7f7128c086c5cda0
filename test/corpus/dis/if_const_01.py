# Constant conditions the compiler removes or keeps.
def f(x):
    if 0:
        print("never")
    if True:
        x = x + 1
    if False:
        x = 0
    else:
        x = x * 2
    if 1:
        pass
    return x

if None:
    print("dead")
if "text":
    print("alive")
print(f(1))
