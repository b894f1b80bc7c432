# index and search a record with a 1 MB line: works, fast, and the text stays whole
{
	printf '## Big\n\n1. **Big?**\n   **Explanation**: '
	head -c 1000000 /dev/zero | tr '\0' a
	printf 'b end\n'
} > big.md
beq index -q -o big.idx big.md || exit 1
beq --index big.idx search --count -F 'aaab end'
beq --index big.idx search --count 'a+b'
beq --index big.idx search --json 'b end' | jq -c '.matches'
beq --index big.idx show 1 | wc -c | tr -d ' '
