# list --json: the full records, one per line, in corpus order
beq list --json
