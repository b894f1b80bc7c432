# search text output: records separated by one blank line, ranked (question matches first)
beq search mutex
