# an unknown long option that is a typo of one says which: a command's, and a global one
beq search --fuzy deadlock
beq --jsn list
beq index --explian x.md
beq search --frobnicate deadlock
