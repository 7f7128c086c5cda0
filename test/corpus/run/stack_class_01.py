# A Stack class with error handling on underflow.
class EmptyError(Exception):
    pass

class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)

    def pop(self):
        if not self._items:
            raise EmptyError("pop from empty stack")
        return self._items.pop()

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return len(self._items) > 0

s = Stack()
for i in range(3):
    s.push(i * i)
print(len(s), bool(s))
while s:
    print(s.pop())
try:
    s.pop()
except EmptyError as e:
    print("error:", e)
