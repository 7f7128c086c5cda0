s = 'héllo' + $
