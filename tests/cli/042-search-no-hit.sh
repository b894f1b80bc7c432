# search: nothing found is exit 1 with no output at all
beq search zzzz
