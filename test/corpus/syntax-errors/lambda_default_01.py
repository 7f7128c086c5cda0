f = lambda a, b=1, c: 0
