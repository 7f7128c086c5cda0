if x:
    y = 1

z = 2
if a:
    b = 1 \

\

c = 3
