# index: bytes that are not UTF-8 become U+FFFD, with a warning naming file:line, and the file's questions are kept (in an archive member too); an index named as an input is skipped, not read as text
printf '## Bad\n\n1. **Caf\351?**\n   **Explanation**: Latin-1.\n2. **Fine?**\n   **Explanation**: Also \351 here.\n' > latin1.md
mkdir m
cp latin1.md m/x.md
tar cf - m/x.md | gzip -n > m.tgz
beq index -o x.idx latin1.md m.tgz
echo "rc=$?"
beq --index x.idx --json list
beq --index x.idx search -F "$(printf '\357\277\275')" --count
beq index -q -o y.idx latin1.md
echo "quiet: rc=$?"
beq index -o z.idx x.idx latin1.md 2>&1 | sed -n 1p
