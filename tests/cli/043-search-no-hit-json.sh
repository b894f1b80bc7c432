# search --json: nothing found is exit 1 with no output at all
beq search --json -c misc deadlock
