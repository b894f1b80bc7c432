# --color=always on a user index: the source:line is dimmed; list and categories stay plain TSV
printf '## C\n\n1. **What is color?**\n   **Explanation**: Escape codes.\n' > q.md
beq index -q -o q.idx q.md || exit 1
beq --index q.idx --color=always search color
beq --index q.idx --color=always list
beq --index q.idx --color=always categories
