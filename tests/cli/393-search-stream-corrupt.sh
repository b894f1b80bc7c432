# search --sort=id (hits streamed) over an index with a corrupt record met before any hit is printed: prints nothing, says corrupt index and exits 2, with the scan path or without
u32() { od -An -tu1 -j "$2" -N4 "$1" | awk '{ print $1 + 256 * ($2 + 256 * ($3 + 256 * $4)) }'; }
put32() {
	printf "$(printf '\\%03o\\%03o\\%03o\\%03o' $(($3 & 255)) \
	    $(($3 >> 8 & 255)) $(($3 >> 16 & 255)) $(($3 >> 24 & 255)))" |
	    dd of="$1" bs=1 seek="$2" conv=notrunc 2> /dev/null
}
printf '## C\n\n1. **Q one?**\n   **Explanation**: A one.\n2. **Q two?**\n   **Explanation**: A two.\n\n## D\n\n1. **Q three?**\n   **Explanation**: A three.\n' > q.md
beq index -q -o good.idx q.md || exit 1
rec=$(u32 good.idx 88)
cp good.idx string.idx
put32 string.idx $((rec + 36 + 16)) 4000000000
for scan in never always; do
	BEQ_SCAN=$scan beq --index string.idx search --sort=id --oneline q
	echo "rc=$?"
	BEQ_SCAN=$scan beq --index string.idx search --oneline q
	echo "rc=$?"
done
