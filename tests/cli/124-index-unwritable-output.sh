# index to a path that cannot be written: exit 2, a message naming its directory
printf '## C\n\n1. **Q?**\n   **Explanation**: A.\n' > q.md
beq index -q -o no/such/dir/out.idx q.md
