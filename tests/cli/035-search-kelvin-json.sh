# search --json: the Kelvin-sign match spans its three bytes; the text output shows it
# the score is not part of the contract (it changes with tuning): drop it
noscore() { sed 's/,"score":[-+.0-9eE]*}$/}/'; }
beq search --json '300 k' ship | noscore
beq search '300 k' ship
