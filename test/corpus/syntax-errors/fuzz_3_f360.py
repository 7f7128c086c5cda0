result = obj.method(
    arég1,
