# search -m/--max-count: at most N records, the best ones; 0 or a non-number is a usage error
# the score is not part of the contract (it changes with tuning): drop it
noscore() { sed 's/,"score":[-+.0-9eE]*}$/}/'; }
beq search --ids dead
echo "rc=$?"
beq search --ids -m 1 dead
echo "rc=$?"
beq search --ids --max-count=2 dead
echo "rc=$?"
beq search --ids -m 100 dead
echo "rc=$?"
beq search --json -m 1 dead | noscore
echo "rc=$?"
beq search -m 1 dead
echo "rc=$?"
beq search -m 0 dead
echo "rc=$?"
beq search -m abc dead
echo "rc=$?"
beq search -m -1 dead
echo "rc=$?"
