# index refuses to write over one of its inputs, under any name (same device and inode): exit 2 before reading, the file untouched
printf '## C\n\n1. **Q?**\n   **Explanation**: A.\n' > v.md
cp v.md before.md
beq index -o v.md v.md
echo "rc=$?"
ln v.md hard.md
beq index -q -o hard.md before.md ./v.md
echo "rc=$?"
ln -s v.md link.md
beq index -q -o v.md link.md
echo "rc=$?"
cmp v.md before.md && echo "v.md intact"
ls -A
