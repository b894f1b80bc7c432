# search --json: nothing found is exit 1 with nothing on stdout (what matches in other categories is said on stderr)
beq search --json -c misc deadlock
