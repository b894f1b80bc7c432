# info: one line per source with its record count, "record" in the singular for one
printf '## C\n\n1. **Only one?**\n   **Explanation**: Yes.\n' > one.md
printf '## C\n\n1. **One?**\n   **Explanation**: A.\n2. **Two?**\n   **Explanation**: B.\n' > two.md
beq index -q -o a.idx one.md two.md || exit 1
beq --index a.idx info | grep '^source'
beq --index a.idx info --json | jq -c '.sources'
