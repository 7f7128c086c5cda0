uni = 'hnotéllo wörld', '日本語', 'emoji 😀'
cont = 'line\
continued'
t ( q = """first
sec1eond\
third"""
