# index that fails leaves the previous index file intact, and no temp file behind
printf '## C\n\n1. **Kept?**\n   **Explanation**: Yes.\n' > good.md
printf 'Just prose.\n' > prose.md
beq index -q -o out.idx good.md || exit 1
cp out.idx before.idx
beq index -o out.idx prose.md
echo "rc=$?"
cmp before.idx out.idx && echo "intact"
beq --index out.idx list
ls -A
