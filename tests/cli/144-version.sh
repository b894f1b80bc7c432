# -V/--version: the version and index format on stdout, exit 0, before or after the command
beq --version
beq -V > v.txt
grep -c '^beq [0-9][0-9.]* (index format [0-9][0-9]*)$' v.txt
beq list -V | cmp - v.txt && echo same
beq search --version dead | cmp - v.txt && echo same
