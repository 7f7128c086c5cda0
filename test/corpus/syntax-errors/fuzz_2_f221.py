uni = 'llo wörld', '日本語', 'emoji 😀'def
