# index --force replaces a file that is not an index, or one of the inputs (read first); a directory or a fifo still is not
printf '## C\n\n1. **Q?**\n   **Explanation**: A.\n' > q.md
printf '# My notes\n' > notes.beq
beq index -q --force -o notes.beq q.md
echo "markdown: rc=$?"
beq --index notes.beq list
cp q.md v.md
beq index -q --force -o v.md v.md
echo "its own input: rc=$?"
beq --index v.md list --json
mkfifo fifo.idx
beq index -q --force -o fifo.idx q.md
echo "a fifo: rc=$?"
mkdir dir.idx
beq index -q --force -o dir.idx q.md
echo "a directory: rc=$?"
