p = f"{'n := ested'}"
q = f'{f"{ } inner}"}'
