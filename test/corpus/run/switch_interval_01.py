# sys.getswitchinterval and sys.setswitchinterval.
import sys

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(0.5)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)
