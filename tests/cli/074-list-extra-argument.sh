# list with an argument: usage error, exit 2
beq list databases
