# search -h/--help: the command's usage and options on stdout, exit 0, no search done
beq search --help
beq search -h dead > short.txt
beq help search > help.txt
beq search --help | cmp - short.txt && cmp short.txt help.txt && echo same
