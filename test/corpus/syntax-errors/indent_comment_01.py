if x:
    pass
  # comment
   y = 1
