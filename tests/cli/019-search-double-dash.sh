# search: after -- a pattern may start with '-', and option names are patterns
beq search -- -oriented
echo "rc=$?"
beq search --ids -- -for
echo "rc=$?"
beq search -- --count
echo "rc=$?"
beq search --ids dead -- -lock
echo "rc=$?"
