# --index with a truncated index file: corrupt index, exit 2, for every command
printf '## C\n\n1. **Q one?**\n   **Explanation**: A one.\n2. **Q two?**\n   **Explanation**: A two.\n' > q.md
beq index -q -o good.idx q.md || exit 1
size=$(wc -c < good.idx)
head -c $((size - 1)) good.idx > cut1.idx
head -c $((size / 2)) good.idx > half.idx
head -c 20 good.idx > tiny.idx
for f in cut1.idx half.idx tiny.idx; do
	for cmd in list 'search q' 'show 1' categories random info; do
		# shellcheck disable=SC2086
		beq --index $f $cmd > out
		echo "$f $cmd: rc=$? stdout=$(wc -c < out)"
	done
done
