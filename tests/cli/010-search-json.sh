# search --json: one object per line, the record and its matches as byte offsets
# the score is not part of the contract (it changes with tuning): drop it
noscore() { sed 's/,"score":[-+.0-9eE]*}$/}/'; }
beq search --json deadlock | noscore
