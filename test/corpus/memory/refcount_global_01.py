# References from module globals, read from a function and from module level.
import sys

shared = []
alias = shared

def look():
    return sys.getrefcount(shared)

print(sys.getrefcount(shared))
print(look())
del alias
print(sys.getrefcount(shared))
print(look())
