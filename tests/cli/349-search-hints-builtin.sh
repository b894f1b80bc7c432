# search in the built-in corpus, the cases of the issue: 'dead lock' is one word misspelt, 'Lock' a case
beq-builtin search 'dead lock'
beq-builtin search Lock
beq-builtin search --fuzzy --count 'dead lock'
