print(*a, **b, *c)
