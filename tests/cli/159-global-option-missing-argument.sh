# --index with no argument: exit 2, usage on stderr
beq --index
