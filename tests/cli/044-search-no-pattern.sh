# search with no pattern: usage error, exit 2
beq search -c misc
