# only a comment

   
# another