# show with a non-numeric id: usage error (exit 2) before anything is printed
beq show 1 abc 2
