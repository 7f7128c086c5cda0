# Interpreter exit: objects the module still holds are finalized after the last output; a
# self-referencing object dies at its place like any other (the final collection finds it).
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

c = D(1)
c.me = c
a = D(2)
print("end")
