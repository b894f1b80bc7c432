# search: a misspelt word in the built-in corpus gets 'did you mean' on stderr, exit 1
beq-builtin search deadlok
