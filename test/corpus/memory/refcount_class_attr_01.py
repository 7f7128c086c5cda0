# Class attributes hold one reference each; instances reading them add none.
import sys

value = []

class Config:
    setting = value

print(sys.getrefcount(value))
a = Config()
b = Config()
print(sys.getrefcount(value))
print(a.setting is value)
Config.other = value
print(sys.getrefcount(value))
a.setting = value
print(sys.getrefcount(value))
del a.setting
print(sys.getrefcount(value))
del Config.setting
print(sys.getrefcount(value))
del Config.other
print(sys.getrefcount(value))
