# --index naming a nonexistent file: exit 2 with a message
beq --index missing.idx list
