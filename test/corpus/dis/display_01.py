# Empty, constant and non-constant list/tuple/dict/set displays.
empty_list = []
empty_tuple = ()
empty_dict = {}
const_list = [1, 2, 3]
const_tuple = (1, 2, 3)
const_set = {1, 2, 3}
const_dict = {"a": 1, "b": 2}
x = 4
var_list = [x, x + 1]
var_tuple = (x, 1)
var_set = {x, 1}
var_dict = {"a": x, "b": 1}
key_dict = {x: 1, "k": x}
single = (x,)
print(empty_list, empty_tuple, empty_dict, const_list, const_tuple, sorted(const_set))
print(const_dict, var_list, var_tuple, sorted(var_set), var_dict, key_dict, single)
