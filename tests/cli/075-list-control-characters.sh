# list: tabs and other control characters inside fields become spaces, so the TSV stays three fields
printf '## Tab\there\001x\n\n1. **What\002is a\ttab?**\n   **Explanation**: A\tcharacter.\n' > tab.md
beq index -q -o tab.idx tab.md || exit 1
beq --index tab.idx list
beq --index tab.idx list | awk -F '\t' '{ print NF }'
beq --index tab.idx categories
beq --index tab.idx list --json
