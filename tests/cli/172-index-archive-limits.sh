# index: archive limits stop bombs with a warning naming the option: a big member skipped, the total or the member count cut short, bad sizes refused
mkdir bomb
head -c 3000000 /dev/zero | tr '\0' a > bomb/big.md
for i in 1 2 3 4; do
	printf '## C\n\n* What is %s?\n' "$i" > "bomb/m$i.md"
done
tar --sort=name -czf bomb.tar.gz bomb
beq index -o a.idx --max-file-size=1M bomb.tar.gz
echo "rc=$?"
beq --index a.idx list
beq index -o b.idx --max-archive-size=4K bomb.tar.gz
echo "rc=$?"
beq index -o c.idx --max-members=3 bomb.tar.gz
echo "rc=$?"
beq --index c.idx list
beq index -o d.idx --max-file-size=1X bomb.tar.gz
echo "rc=$?"
beq index -o d.idx --max-members=0 bomb.tar.gz
echo "rc=$?"
head -c 300 bomb.tar.gz > cut.tar.gz
beq index -o e.idx cut.tar.gz
echo "rc=$?"
printf 'PK\003\004not really a zip' > bad.zip
beq index -o e.idx bad.zip
echo "rc=$?"
