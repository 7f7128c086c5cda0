# sys.exit with a status code after output; finally blocks still run.
import sys

def main():
    print("working")
    try:
        sys.exit(3)
    finally:
        print("cleanup")

main()
print("unreachable")
