x = 1 + “hi”
