# search --ids: only ids, in rank order; with --json {"id":N} per line
beq search --ids dead
echo "rc=$?"
beq search --ids --json dead
echo "rc=$?"
beq search --ids zzzz
echo "rc=$?"
beq search --ids --json zzzz
echo "rc=$?"
