# __init__ with defaults and attribute defaults computed from parameters.
class Account:
    def __init__(self, owner, balance=0, *, currency="EUR"):
        self.owner = owner
        self.balance = balance
        self.currency = currency
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)

    def __repr__(self):
        return "Account(" + self.owner + ")"

a = Account("ann", 10)
a.deposit(5)
print(a, a.balance, a.history)
