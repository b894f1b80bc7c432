# --index whose record text is not UTF-8 (beq index never writes such text, so PCRE2 is told not to check it again): a search that runs PCRE2 on it, by the index or the scan path, says 'corrupt index (record text is not UTF-8)' and exits 2 (the scan path's plain literal needs no PCRE2 and prints it as show does); info --verify finds it; sound records still show
printf '## C\n\n1. **Q one?**\n   **Explanation**: A one.\n2. **Q two?**\n   **Explanation**: A two.\n\n## D\n\n1. **Q three?**\n   **Explanation**: A three.\n' > q.md
beq index -q -o good.idx q.md || exit 1
# the byte after "A t" of "A two." becomes 0xff, which UTF-8 never has
off=$(grep -boa 'A two' good.idx | cut -d: -f1)
cp good.idx bad.idx
printf '\377' | dd of=bad.idx bs=1 seek=$((off + 3)) conv=notrunc 2> /dev/null
for scan in never always; do
	for args in "two" "--count t" "-w two" "tw." "--json two" \
	    "--sort=id t" "--ids o" "one --not w" "-c c t"; do
		# shellcheck disable=SC2086
		BEQ_SCAN=$scan beq --index bad.idx search $args > out
		echo "$scan search $args: rc=$? stdout=$(wc -l < out | tr -d ' ') lines"
	done
done
beq --index bad.idx search three
echo "search three: rc=$?"
beq --index bad.idx info --verify > out
echo "info --verify: rc=$? stdout=$(wc -c < out | tr -d ' ')"
beq --index good.idx info --verify | tail -n 1
