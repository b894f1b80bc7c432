# index refuses to write over an existing file that is not a beq index (exit 2, the file untouched); an index or an empty file is replaced; a directory or a fifo never is
printf '## C\n\n1. **Q?**\n   **Explanation**: A.\n' > q.md
printf '# My notes\n\nDo not lose these.\n' > notes.beq
cp notes.beq before
beq index -q -o notes.beq q.md
echo "markdown: rc=$?"
cmp notes.beq before && echo "notes.beq intact"
printf 'BEQIDX' > short.idx
beq index -q -o short.idx q.md
echo "a file shorter than the magic: rc=$?"
: > empty.idx
beq index -q -o empty.idx q.md
echo "empty: rc=$?"
beq --index empty.idx list
beq index -q -o empty.idx q.md
echo "an index: rc=$?"
mkdir dir.idx
beq index -q -o dir.idx q.md
echo "a directory: rc=$?"
mkfifo fifo.idx
beq index -q -o fifo.idx q.md
echo "a fifo: rc=$?"
ls -A
