if x: print x,
