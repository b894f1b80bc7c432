# search: command and global options go before or after the command name and between patterns
# the score is not part of the contract (it changes with tuning): drop it
noscore() { sed 's/,"score":[-+.0-9eE]*}$/}/'; }
beq --json search --ids dead
beq search dead --json --ids
beq search --ids dead -c conc
beq --color=never search -c conc dead --count
beq search dead --color=never lock -m 1 --json | noscore
