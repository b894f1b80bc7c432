# info --verify reads the whole index (opening checks only the header and the section bounds): exit 0 and a line saying so when it is sound; exit 2 and 'corrupt index' for what no open or plain info sees
# the little-endian u32 at byte $2 of file $1, and writing $3 there
u32() { od -An -tu1 -j "$2" -N4 "$1" | awk '{ print $1 + 256 * ($2 + 256 * ($3 + 256 * $4)) }'; }
put32() {
	printf "$(printf '\\%03o\\%03o\\%03o\\%03o' $(($3 & 255)) \
	    $(($3 >> 8 & 255)) $(($3 >> 16 & 255)) $(($3 >> 24 & 255)))" |
	    dd of="$1" bs=1 seek="$2" conv=notrunc 2> /dev/null
}
beq info --verify | tail -n 1
echo "rc=$?"
beq --json info --verify | jq -c '[.records, .verified]'
beq --json info | jq -c 'has("verified")'
beq-builtin info --verify > /dev/null
echo "built-in: rc=$?"
printf '## C\n\n1. **Q one?**\n   **Explanation**: A one.\n2. **Q two?**\n   **Explanation**: A two.\n\n## D\n\n1. **Q three?**\n   **Explanation**: A three.\n' > q.md
beq index -q -o good.idx q.md || exit 1
beq --index good.idx info --verify | tail -n 1
# category C says it has 7 records (it has 2): only counting them shows it
cat=$(u32 good.idx 56)
cp good.idx count.idx
put32 count.idx $((cat + 16)) 7
beq --index count.idx info > /dev/null
echo "count.idx info: rc=$?"
beq --index count.idx categories
echo "count.idx categories: rc=$?"
beq --index count.idx info --verify > out
echo "count.idx info --verify: rc=$? stdout=$(wc -c < out)"
beq --index count.idx --json info --verify > out
echo "count.idx --json info --verify: rc=$? stdout=$(wc -c < out)"
# record 3's answer runs past the text
rec=$(u32 good.idx 88)
cp good.idx string.idx
put32 string.idx $((rec + 2 * 36 + 24)) 4000000000
beq --index string.idx info > /dev/null
echo "string.idx info: rc=$?"
beq --index string.idx info --verify > out
echo "string.idx info --verify: rc=$? stdout=$(wc -c < out)"
# the posting lists cut off, the header made to match the shorter file
post=$(u32 good.idx 136)
head -c "$post" good.idx > cut.idx
put32 cut.idx 32 "$post"
put32 cut.idx 144 0
beq --index cut.idx info > /dev/null
echo "cut.idx info: rc=$?"
beq --index cut.idx info --verify > out
echo "cut.idx info --verify: rc=$? stdout=$(wc -c < out)"
beq info --verify extra
echo "rc=$?"
