# A teaching-style bank account: custom exceptions, properties, class counters, __str__.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__("need %.2f, have %.2f" % (needed, available))
        self.needed = needed
        self.available = available

class Account:
    _accounts = 0
    interest = 0.02

    def __init__(self, owner, balance=0.0):
        Account._accounts += 1
        self.number = 1000 + Account._accounts
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("wd", amount))
        return self

    def add_interest(self):
        self._balance = round(self._balance * (1 + self.interest), 2)

    def __str__(self):
        return "#%d %-6s %10.2f" % (self.number, self.owner, self._balance)

class Savings(Account):
    interest = 0.05

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "wd"]) >= 2:
            raise PermissionError("too many withdrawals")
        return super().withdraw(amount)

accts = [Account("ann", 100), Savings("bob", 250.5), Account("cid")]
accts[0].deposit(50).withdraw(30)
accts[2].deposit(10)
for a in accts:
    a.add_interest()
    print(a)
for amount in [100, 100, 10, 10]:
    try:
        accts[1].withdraw(amount)
        print("withdrew", amount, "->", accts[1].balance)
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, e.needed - e.available)
    except PermissionError as e:
        print("PermissionError:", e)
try:
    accts[2].deposit(-5)
except ValueError as e:
    print("ValueError:", e)
print(Account._accounts, accts[1].history, sum([a.balance for a in accts]))
