if x:
    
