# index: NUL bytes in a markdown file become U+FFFD, never truncate or crash
printf '## N\n\n1. **Nul\000here?**\n   **Explanation**: a\000b\n' > nul.md
beq index -q -o nul.idx nul.md || exit 1
beq --index nul.idx list --json
beq --index nul.idx search -F '�' --count
