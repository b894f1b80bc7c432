# index: the summary on stderr counts files, records and warnings, in the singular for one
printf '## C\n\n1. **Only one?**\n   **Explanation**: Yes.\n' > one.md
printf '## C\n\n1. **One?**\n   **Explanation**: A.\n2. **Two?**\n   **Explanation**: B.\n' > two.md
beq index -o a.idx one.md
printf 'Just prose.\n' > prose.md
beq index -o b.idx one.md two.md prose.md
