for i in x:
# comment
pass
