# --index naming a directory: exit 2 with a message
mkdir dir.idx
beq --index dir.idx list
