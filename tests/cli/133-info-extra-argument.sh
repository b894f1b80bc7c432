# info with an argument: usage error, exit 2
beq info now
