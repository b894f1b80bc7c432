# search --fuzzy: searches with the best suggestion, says so on stderr, exit 0
beq search --fuzzy semafore
