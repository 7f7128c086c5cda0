# Empty class, class with pass, docstring-free body with expressions.
class Empty:
    pass

class Marker(object):
    kind = "marker"
    count = 0
    def bump(self):
        Marker.count += 1
        return Marker.count

e = Empty()
e.attr = 5
m = Marker()
m.bump()
print(e.attr, Marker.count, m.kind)
