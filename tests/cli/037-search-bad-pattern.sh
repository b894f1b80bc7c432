# search: a bad regular expression is an error (exit 2) naming the pattern and the problem
beq search 'B-tree (or'
