# --index given markdown, a folder of it, or an archive: "not a beq index" with the command that builds one; a cut index is still corrupt
printf '## C\n\n1. **What is a mutex?**\n   **Explanation**: A lock with an owner, as any longer answer would say at length.\n' > notes.md
mkdir bank; cp notes.md bank/
beq --index notes.md list
echo "rc=$?"
for i in 1 2 3 4 5 6; do cat notes.md; done > long.md
beq --index long.md list
beq --index bank/ search mutex
BEQ_INDEX=bank beq info
tar czf bank.tar.gz bank
beq --index bank.tar.gz list
beq index -q -o notes.beq notes.md
beq --index notes.beq list
head -c 20 notes.beq > cut.beq
beq --index cut.beq list
