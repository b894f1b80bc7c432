# --index with corrupt entries that opening does not read (it checks the header and the section bounds only): a command that reads one prints nothing, says 'corrupt index' and exits 2; what reads only sound entries still works
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
rec=$(u32 good.idx 88)
# record 2's question runs past the text
cp good.idx string.idx
put32 string.idx $((rec + 36 + 16)) 4000000000
run string.idx 'search one' 'search two' 'search --count two' 'search --json q' \
    'show 1' 'show 2' 'show 3 2 1' list 'list --json' 'list -c d' info
# record 3 in a category that does not exist, record 1 from a source that does not
cp good.idx ref.idx
put32 ref.idx $((rec + 2 * 36)) 9
put32 ref.idx $((rec + 4)) 5
run ref.idx 'search --ids two' 'search three' 'search --ids one' 'show 2' 'show 1' list
# the posting lists cut off, the header made to match the shorter file
post=$(u32 good.idx 136)
head -c "$post" good.idx > cut.idx
put32 cut.idx 32 "$post"
put32 cut.idx 144 0
run cut.idx 'search one' 'search --count zzqqxx' 'search --fuzzy thre' list 'show 2'
echo finished
