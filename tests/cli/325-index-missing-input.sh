# index: an input named on the command line that is missing is an error, as in grep and tar: exit 2 (with -q too) before anything is read, the old index as it was
mkdir bank
printf '## C\n\n1. **Old?**\n   **Explanation**: A.\n' > bank/q.md
beq index -q -o x.beq bank || exit 1
cp x.beq before.beq
printf '## C\n\n1. **New?**\n   **Explanation**: B.\n' > bank/new.md
beq index -o x.beq bank/ typo-dir/
echo "rc=$?"
beq index -q -o x.beq bank/ typo-dir/ missing.md
echo "quiet: rc=$?"
ln -s nowhere.md dangling.md
beq index -q -o x.beq dangling.md bank
echo "dangling link: rc=$?"
cmp x.beq before.beq && echo "old index intact"
beq --index x.beq list
ls -A
