# index: a compressed markdown file (not an archive) is read as markdown, its category from its name without the suffixes; text that libarchive's mtree reader would take for a file list is markdown too
printf '## Go\n\n### What is a goroutine?\n\nA function running concurrently.\n\n### What is a channel?\n\nY.\n' > go.md
gzip -k go.md && xz -k go.md && zstd -q go.md && bzip2 -k go.md
printf '* What is A?\n* What is B?\n' | gzip > notes.md.gz
for f in go.md.gz go.md.xz go.md.zst go.md.bz2 notes.md.gz; do
	beq index -q -o "$f.idx" "$f" || echo "$f: exit $?"
	beq --index "$f.idx" list
done
beq --index go.md.gz.idx show 2
echo "-- an mtree-looking text that names a file: markdown"
echo '## Secret' > secret.md
echo '* What is the secret?' >> secret.md
printf '#mtree\n./x.md type=file contents=%s/secret.md\n\n* What is C?\n' "$PWD" | gzip > tree.gz
beq index -q -o tree.idx tree.gz
beq --index tree.idx list
echo "-- a member at the top of an archive: its own name is the fallback category"
mkdir top && printf '* What is T?\n' > top/top.md && (cd top && tar czf ../bank.tgz top.md)
beq index -q -o bank.idx bank.tgz
beq --index bank.idx list
beq --index bank.idx show --json 1 | jq -c '{category, source}'
