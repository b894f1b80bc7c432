# index checks that the directory of -o can be written before it reads any input: exit 2, a message naming the directory, no input read
printf 'Just prose.\n' > notes.md
printf '## C\n\n1. **Q?**\n   **Explanation**: A.\n' > q.md
beq index -o no/such/dir/out.idx notes.md q.md
echo "rc=$?"
beq index -o q.md/out.idx notes.md q.md
echo "rc=$?"
# stdin is not read either
printf '## C\n\n* What is left unread?\n' | {
	beq index -o no/out.idx -
	echo "rc=$?"
	cat
}
ls -A
