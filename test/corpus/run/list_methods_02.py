# list methods, slicing assignment, del, copying and aliasing.
nums = [5, 3, 8, 1]
nums.append(7)
nums.extend([2, 9])
nums.insert(0, 10)
nums.insert(-1, 4)
nums.insert(100, 11)
print(nums, len(nums), nums.index(8), nums.count(3))
nums.remove(3)
print(nums.pop(), nums.pop(0), nums.pop(-2), nums)
nums.sort()
print(nums, sorted(nums, reverse=True), nums[::-1], nums[1:4], nums[-3:])
nums[1:3] = ["a", "b", "c"]
print(nums)
del nums[::2]
print(nums)
nums[:] = range(5)
print(nums, nums * 2, [0] * 3 + nums[:2])
alias = nums
clone = nums[:]
alias.append(99)
print(nums, clone, alias is nums, clone == nums, clone is nums)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
shared = [[0] * 3] * 2
shared[0][1] = 5
print(shared)
letters = list("hello")
letters.reverse()
print(letters, "".join(letters), list(reversed(letters)), letters.copy() == letters)
stack = []
for ch in "([]{})":
    if ch in "([{":
        stack.append(ch)
    else:
        print(ch, "closes", stack.pop())
print(stack, [], [[]], [1, [2, [3, []]]])
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].index(5)
except ValueError as e:
    print("ValueError:", e)
