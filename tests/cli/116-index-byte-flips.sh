# --index with a byte flipped (every 13th, all through the file): a result or a "beq: ..." error (exit 2), never a crash
printf '## C\n\n1. **Q one?**\n   **Explanation**: A one.\n2. **Q two?**\n   **Explanation**: A two `x`.\n' > q.md
beq index -q -o good.idx q.md || exit 1
size=$(wc -c < good.idx)
i=0
while [ $i -lt "$size" ]; do
	cp good.idx f.idx
	printf '\377' | dd of=f.idx bs=1 seek=$i conv=notrunc 2> /dev/null
	beq --index f.idx search one > /dev/null 2> err
	rc=$?
	case $rc in
	0 | 1) ;;
	2) grep -q '^beq: ' err || echo "byte $i: exit 2 without a message" ;;
	*) echo "byte $i: exit $rc" ;;
	esac
	i=$((i + 13))
done
echo finished
