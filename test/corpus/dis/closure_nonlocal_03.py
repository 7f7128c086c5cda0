# nonlocal in methods of a class defined inside a function.
def build():
    state = []
    log = ""
    class Recorder:
        def add(self, item):
            nonlocal log
            state.append(item)
            log = log + str(item)
        def dump(self):
            return state, log
    return Recorder()

r = build()
r.add(1)
r.add(2)
print(r.dump())
