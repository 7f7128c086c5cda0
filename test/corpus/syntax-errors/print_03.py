def f():
    print "a", 1; x = 1
