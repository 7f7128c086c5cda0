# Combination: classes, exceptions, closures, comprehensions and f-strings.
class InsufficientFunds(Exception):
    pass

class Bank:
    fee = 1

    def __init__(self):
        self.accounts = {}

    def open(self, name, amount=0):
        self.accounts[name] = amount

    def withdraw(self, name, amount):
        if self.accounts[name] < amount + self.fee:
            raise InsufficientFunds(f"{name}: {self.accounts[name]} < {amount}")
        self.accounts[name] -= amount + self.fee

def audit(bank):
    total = 0
    def add(v):
        nonlocal total
        total += v
    for v in bank.accounts.values():
        add(v)
    return total, [k for k, v in sorted(bank.accounts.items()) if v > 10]

b = Bank()
b.open("ann", 50)
b.open("bob")
try:
    b.withdraw("bob", 5)
except InsufficientFunds as e:
    print("refused", e)
b.withdraw("ann", 9)
print(audit(b))
