# try/finally with return in try and in finally.
def returns_in_try():
    try:
        return "try"
    finally:
        print("cleanup")

def finally_overrides():
    try:
        return 1
    finally:
        x = 2

def plain():
    try:
        a = 1
    finally:
        a = 2
    return a

print(returns_in_try(), finally_overrides(), plain())
