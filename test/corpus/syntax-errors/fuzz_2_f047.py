s = ' class ünïcode' + x[ +" + y
