# search --count: the number of matching records (all of them: -m limits what is printed); 0 and exit 1 when none
beq search --count dead
echo "rc=$?"
beq search --count --json dead
echo "rc=$?"
beq --json search --count -c misc e
echo "rc=$?"
beq search --count zzzz
echo "rc=$?"
beq search --count --json zzzz
echo "rc=$?"
beq search --count -m 1 dead
echo "rc=$?"
