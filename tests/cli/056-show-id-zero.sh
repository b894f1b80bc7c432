# show 0: ids start at 1 - no such id, exit 1
beq show 0
