# index reads tar.gz and zip archives (detected by content), markdown members only
mkdir -p bank/sub
printf '## Arc\n\n1. **First in archive?**\n   **Explanation**: Yes.\n' > bank/a.md
printf '## Arc\n\n1. **Second in archive?**\n   **Explanation**: Yes.\n' > bank/sub/b.md
printf 'not markdown\n' > bank/c.txt
tar cf - bank/a.md bank/sub/b.md bank/c.txt | gzip -n > bank.tar.gz
cp bank.tar.gz bank.data
beq index -q -o tgz.idx bank.tar.gz
echo "tar.gz: rc=$?"
beq --index tgz.idx list
beq index -q -o data.idx bank.data
echo "tar.gz named .data: rc=$?"
beq --index data.idx list
beq index -q -o zip.idx "$TOP/tests/cli/fixtures/bank.zip"
echo "zip: rc=$?"
beq --index zip.idx list
