# index: a file over the size limit is skipped with a warning, the others are indexed
truncate -s 300M huge.md
printf '## C\n\n1. **Q?**\n   **Explanation**: A.\n2. **R?**\n   **Explanation**: B.\n' > q.md
beq index -o h.idx huge.md q.md 2> err
echo "rc=$?"
sed 's/[0-9][0-9]* MiB/N MiB/' err
beq --index h.idx list
