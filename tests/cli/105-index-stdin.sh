# index - reads markdown from stdin; its source is <stdin>
printf '## Std\n\n1. **From stdin?**\n   **Explanation**: Yes.\n2. **Again?**\n   **Explanation**: Yes.\n' |
	beq index -o in.idx - || exit 1
beq --index in.idx list
beq --index in.idx show 2
beq --index in.idx show --json 2
