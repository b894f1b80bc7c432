# beq -h/--help/help: the overview on stdout, exit 0
beq --help
beq -h > a.txt
beq help > b.txt
beq --help | cmp - a.txt && cmp a.txt b.txt && echo same
