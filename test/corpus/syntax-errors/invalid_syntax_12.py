x = $foo
