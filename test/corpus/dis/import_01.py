# import forms.
import sys
import os.path
import os.path as osp
from math import sqrt, floor as fl
from collections import OrderedDict as OD, deque

def use():
    import json
    from string import ascii_lowercase as letters
    return json.dumps([letters[0]])

print(sys.maxsize > 0, os.path.sep, osp.sep, sqrt(16), fl(2.5))
print(OD(), deque([1]), use())
