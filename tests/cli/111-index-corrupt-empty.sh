# --index with an empty file: "empty, not a beq index" and how to build one, exit 2
: > empty.idx
beq --index empty.idx list
