# show with several ids: in the order given, blank line between, repeats allowed
beq show 11 3 11
