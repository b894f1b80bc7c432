# show with an unknown id: a message, exit 1, and the other records still printed
beq show 3 99 11
