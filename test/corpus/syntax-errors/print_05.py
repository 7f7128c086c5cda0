  print "a"
