# beq list | head -1: the first line, nothing on stderr
beq list | head -1
beq-builtin list --json | head -c 7
echo
