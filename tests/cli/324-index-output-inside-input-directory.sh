# index writing into a directory it indexes: the index (or an empty file) that -o names is not read back as markdown, and is replaced
mkdir bank
printf '## C\n\n1. **Q?**\n   **Explanation**: A.\n' > bank/q.md
: > bank/all.md
beq index -o bank/all.md bank
echo "rc=$?"
beq index -o bank/all.md bank
echo "rc=$?"
beq --index bank/all.md list
ls -A bank
