@a
@b
class
