# info --verify: an index whose records' text is not laid out one field after another in record order (beq index always lays it so, and the scan path reads by it) is corrupt: exit 2 and 'corrupt index (record text out of order)'; the index beq wrote verifies
printf '## C\n\n1. **Q one?**\n   **Explanation**: A one.\n2. **Q two?**\n   **Explanation**: A two.\n' > q.md
beq index -q -o good.idx q.md || exit 1
beq --index good.idx info --verify | tail -n 1
# the RECORDS section's offset (header bytes 88..95, little-endian)
rec=$(od -An -tu8 -j88 -N8 good.idx | tr -d ' ')
cp good.idx bad.idx
# records 0 and 1 trade their three text references (entry bytes 12..35)
dd if=good.idx of=bad.idx bs=1 skip=$((rec + 12)) seek=$((rec + 48)) count=24 conv=notrunc 2> /dev/null
dd if=good.idx of=bad.idx bs=1 skip=$((rec + 48)) seek=$((rec + 12)) count=24 conv=notrunc 2> /dev/null
beq --index bad.idx info --verify
echo "bad: rc=$?"
beq --index bad.idx show 1 | head -n 1
