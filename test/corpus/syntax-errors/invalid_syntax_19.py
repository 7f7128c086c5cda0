s = """abc""" 1
