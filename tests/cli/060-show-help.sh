# show -h/--help: usage on stdout, exit 0, same as 'beq help show'
beq show --help
beq show -h > a.txt
beq help show > b.txt
cmp a.txt b.txt && echo same
