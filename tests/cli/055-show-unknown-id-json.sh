# show --json with an unknown id: a message, exit 1, and the other records still printed
beq show --json 3 99 11
