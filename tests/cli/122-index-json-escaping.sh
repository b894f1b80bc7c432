# JSON output escapes quotes, backslashes and control characters, and stays valid
printf '## Esc "cat" \\\\ here\n\n1. **What is "quoted" and back\\\\slash?**\n   **Explanation**: Tab\there, bell\a, line\342\200\250sep, `code`.\n2. **Plain?**\n   **Explanation**: ok\n' > esc.md
beq index -q -o esc.idx esc.md || exit 1
beq --index esc.idx show --json 1
beq --index esc.idx search --json quoted | jq -c '[.category, .question, .answer]'
beq --index esc.idx categories --json
beq --index esc.idx info --json | jq -c '.sources'
