# index: the fixtures as tar, tar.gz, tar.xz, tar.zst, tar.bz2, zip and 7z, and a tar.gz from stdin or named .data: the same records (in archive order), member paths kept
cp -r "$TOP/tests/fixtures/shapes" bank
echo 'not markdown' > bank/notes.txt
mkdir bank/.hidden && cp bank/lists.md bank/.hidden/
tar --sort=name -cf bank.tar bank
gzip -k bank.tar && xz -k bank.tar && zstd -q bank.tar && bzip2 -k bank.tar
find bank | sort | zip -q bank.zip -@
7z a -bd -bso0 -bse0 bank.7z bank
cp bank.tar.gz bank.data
beq index -q -o dir.idx bank
beq --index dir.idx list | cut -f2- | sort > want
for f in bank.tar bank.tar.gz bank.tar.xz bank.tar.zst bank.tar.bz2 bank.zip \
	bank.7z bank.data; do
	beq index -q -o "$f.idx" "$f"
	beq --index "$f.idx" list | cut -f2- | sort | cmp -s - want && echo "$f: same records"
done
beq index -q -o stdin.idx - < bank.tar.gz
beq --index stdin.idx list | cut -f2- | sort | cmp -s - want && echo "stdin: same records"
beq --index bank.zip.idx --json show 1 | sed 's/.*"source":\("[^"]*"\).*/\1/'
beq --index bank.tar.gz.idx info | grep '^source' | head -3
