# search --json: a folded quote's match covers the 3-byte typographic character
# the score is not part of the contract (it changes with tuning): drop it
noscore() { sed 's/,"score":[-+.0-9eE]*}$/}/'; }
beq search --json "it's a \"counting\"" | noscore
