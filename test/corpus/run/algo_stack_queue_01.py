# A stack-based bracket checker and a simple queue simulation.
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack

for s in ["()", "([]{})", "(]", "((", ""]:
    print(repr(s), balanced(s))
queue = [1, 2, 3]
served = []
while queue:
    item = queue.pop(0)
    served.append(item)
    if item == 2:
        queue.append(20)
print(served)
