# search --json: suggestions go to stderr, stdout stays empty
beq --json search semafore
