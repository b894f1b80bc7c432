# search: a literal longer than the 64 bytes the scan path's finder looks for is a hit only where all of it is, on either path (the scan path counted a record holding its first 64 bytes)
a64=$(printf '%064d' 0 | tr 0 a)
printf '## C\n\n1. **Q one?**\n   **Explanation**: %s.\n2. **Q two?**\n   **Explanation**: %sbb.\n' "$a64" "$a64" > q.md
beq index -q -o q.idx q.md || exit 1
for scan in never always; do
	for pat in "${a64}b" "${a64}bb" "${a64}c" "$a64"; do
		n=$(BEQ_SCAN=$scan beq --index q.idx search --count "$pat")
		echo "$scan ${#pat} bytes, ends ${pat#"$a64"}: rc=$? count=$n"
	done
done
