# show with no id: usage error, exit 2
beq show
