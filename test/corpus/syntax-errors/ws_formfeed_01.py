if x:
    y
  z
