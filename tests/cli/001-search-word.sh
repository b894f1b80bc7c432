# search: one word, smart case, ranked text output
beq search deadlock
