# --index with an index of another format version: exit 2 naming both versions, an older one too
printf '## C\n\n1. **Q?**\n   **Explanation**: A.\n' > q.md
beq index -q -o v.idx q.md || exit 1
printf '\002' | dd of=v.idx bs=1 seek=8 conv=notrunc 2> /dev/null
beq --index v.idx list
printf '\143' | dd of=v.idx bs=1 seek=8 conv=notrunc 2> /dev/null
beq --index v.idx list
