# --index with an empty file: corrupt index, exit 2
: > empty.idx
beq --index empty.idx list
