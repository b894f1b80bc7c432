# index: the same corpus gives the same bytes, whatever the file's name or time
printf '## C\n\n1. **Q one?**\n   **Explanation**: A one.\n2. **Q two?**\n   **Explanation**: A two.\n' > q.md
beq index -q -o a.idx q.md || exit 1
touch -d '2001-01-01' q.md
beq index -q --output=b.idx q.md || exit 1
cmp a.idx b.idx && echo same
