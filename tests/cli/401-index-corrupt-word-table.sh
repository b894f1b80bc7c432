# an index whose word table (the words did-you-mean and --fuzzy look up) is corrupt: info --verify reports it, exit 2; a search that suggests reads it and says 'corrupt index (word table)', exit 2; what does not read it still works; a table of the wrong size is found at open
# the little-endian u32 at byte $2 of file $1, and writing $3 there
u32() { od -An -tu1 -j "$2" -N4 "$1" | awk '{ print $1 + 256 * ($2 + 256 * ($3 + 256 * $4)) }'; }
put32() {
	printf "$(printf '\\%03o\\%03o\\%03o\\%03o' $(($3 & 255)) \
	    $(($3 >> 8 & 255)) $(($3 >> 16 & 255)) $(($3 >> 24 & 255)))" |
	    dd of="$1" bs=1 seek="$2" conv=notrunc 2> /dev/null
}
run() {
	f=$1
	shift
	for cmd in "$@"; do
		# shellcheck disable=SC2086
		beq --index "$f" $cmd > out
		echo "$f $cmd: rc=$? stdout=$(wc -l < out | tr -d ' ') lines"
	done
}
printf '## C\n\n1. **Q one?**\n   **Explanation**: A one.\n2. **Q two?**\n   **Explanation**: A two.\n\n## D\n\n1. **Q three?**\n   **Explanation**: A three.\n' > q.md
beq index -q -o good.idx q.md || exit 1
# the word table: section 6 of the header (offset at 120, size at 128)
words=$(u32 good.idx 120)
nw=$(u32 good.idx "$words")
nt=$(u32 good.idx $((words + 4)))
text=$(u32 good.idx $((words + 8)))
post=$((words + 16 + 8 * nw + 12 * nt + text))
npost=$(u32 good.idx $((words + 12)))
echo "words $nw, trigrams $nt"
run good.idx 'search threa' 'info --verify'
# the first word said to be in no record: only info --verify sees it
cp good.idx df.idx
put32 df.idx $((words + 16 + 4)) 0
run df.idx 'search threa' 'info' 'info --verify'
# the word lists of the trigrams overwritten: read by a search that
# suggests, not by one that counts
cp good.idx lists.idx
head -c "$npost" /dev/zero | tr '\0' '\377' |
    dd of=lists.idx bs=1 seek="$post" conv=notrunc 2> /dev/null
run lists.idx 'search threa' 'search --count threa' 'search three' 'info --verify'
# one word more than the table has room for: found at open
cp good.idx count.idx
put32 count.idx "$words" $((nw + 1))
run count.idx 'search three' 'info'
