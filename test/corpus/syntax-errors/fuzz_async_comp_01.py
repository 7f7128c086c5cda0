async def co():
    return [i async forin i in x]
