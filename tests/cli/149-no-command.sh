# no command: exit 2, a hint and the usage on stderr
beq
