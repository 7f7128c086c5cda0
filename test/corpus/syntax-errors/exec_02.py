if 1: exec "x"
