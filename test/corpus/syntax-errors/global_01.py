x = 1
global
