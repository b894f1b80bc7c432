# index -o naming a directory: exit 2, the directory untouched, no temp file left
printf '## C\n\n1. **Q?**\n   **Explanation**: A.\n' > q.md
mkdir out.idx
beq index -q -o out.idx q.md 2> err
echo "rc=$?"
grep -c '^beq: index: .*out\.idx' err
ls -A
ls -A out.idx
