# Combination: a state machine with class attributes, dict lookups and try/except.
class Machine:
    transitions = {
        ("idle", "start"): "running",
        ("running", "pause"): "paused",
        ("paused", "start"): "running",
        ("running", "stop"): "idle",
    }

    def __init__(self):
        self.state = "idle"
        self.log = []

    def fire(self, event):
        key = (self.state, event)
        try:
            self.state = self.transitions[key]
        except KeyError:
            self.log.append("ignored " + event)
            return False
        else:
            self.log.append(event)
            return True

m = Machine()
results = [m.fire(e) for e in ["start", "pause", "stop", "start", "stop"]]
print(results, m.state, m.log)
