# text output never passes a corpus's escape sequences (or other C0 controls but tab and newline) through to the terminal
printf '## Ctl\n\n1. **Evil \033]52;c;cHduZWQ=\007 question?**\n   **Explanation**: Clears \033[2J the \033[31mscreen\033[0m and rings\007.\n' > evil.md
beq index -q -o evil.idx evil.md || exit 1
for cmd in 'show 1' 'search screen' 'random' list; do
	# shellcheck disable=SC2086
	beq --index evil.idx --color=never $cmd > out
	printf '%s: rc=%s, %s control bytes\n' "$cmd" $? "$(tr -d '\t\n' < out | tr -d '\040-\377' | wc -c | tr -d ' ')"
done
beq --index evil.idx show --json 1
