# search --json: errors go to stderr as text, nothing at all on stdout
beq search --json 'B-tree (or'
echo "rc=$?"
beq search --json -c bogus dead
echo "rc=$?"
beq --json search
echo "rc=$?"
beq --json --index missing.idx search dead
echo "rc=$?"
