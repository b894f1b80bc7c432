# index without -o: usage error, exit 2, nothing written
printf '## C\n\n1. **Q?**\n   **Explanation**: A.\n' > q.md
beq index q.md
