# categories with an argument: usage error, exit 2
beq categories databases
