# show --related: a Related: block after each record
beq show --related 1 2 4
