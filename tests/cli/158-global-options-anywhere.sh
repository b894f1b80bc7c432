# global options before and after the command name mean the same
printf '## C\n\n1. **Q?**\n   **Explanation**: A.\n' > q.md
beq index -q -o q.idx q.md || exit 1
beq --json --index q.idx list > a
beq list --json --index q.idx > b
beq --index=q.idx list --json > c
beq --json list --index=q.idx > d
cmp a b && cmp a c && cmp a d && echo same
cat a
beq --json list -c misc > a
beq list -c misc --json > b
cmp a b && echo same
