# search: the "pattern too complex" message, exit 2
{
	printf '## Evil\n\n1. **Evil?**\n   **Explanation**: '
	i=0
	while [ $i -lt 100 ]; do
		printf 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
		i=$((i + 1))
	done
	printf '!\n'
} > evil.md
beq index -q -o evil.idx evil.md || exit 1
beq --index evil.idx search '(a+)+$'
