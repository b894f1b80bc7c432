# files are read one after another into 8 MiB regions (those over 2 MiB
# into buffers of their own): records on both sides of a region's end, and
# from a file too large for one, come out whole and in order
mkdir bank
big()
{
	# $1: file, $2: question, $3: bytes of filler
	{
		printf '## Big\n\n1. **%s?**\n   **Explanation**: start ' "$2"
		head -c "$3" /dev/zero | tr '\0' x
		printf ' end of %s\n\n2. **Small %s?**\n   **Explanation**: tail.\n' "$2" "$2"
	} > "bank/$1"
}
big a.md alpha 1900000
big b.md beta 1900000
big c.md gamma 1900000
big d.md delta 1900000
big e.md epsilon 1900000
big f.md zeta 3000000
printf '## Tiny\n\n1. **Last?**\n   **Explanation**: the end.\n' > bank/g.md
beq index -q -o bank.idx bank || exit 1
beq --index bank.idx list
beq --index bank.idx search --ids --sort=id 'end of (alpha|beta|gamma|delta|epsilon|zeta)$'
for i in 1 3 5 7 9 11; do
	beq --index bank.idx show --json "$i" | jq -r '.answer | length'
done
