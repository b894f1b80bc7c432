# index: posting lists spilled in runs (BEQ_INDEX_RUN_SIZE) make the same index, byte for byte
# 10,000 questions (3 MB) in 4 files: a run of 1 MiB (the least) holds some
awk 'BEGIN {
	srand(7)
	split("lock latch page index tree hash join scan sort merge buffer log commit abort", w, " ")
	for (f = 0; f < 4; f++) {
		file = sprintf("%d.md", f)
		print "## Cat" f > file
		for (i = 1; i <= 2500; i++) {
			q = ""; a = ""
			for (k = 0; k < 5; k++) q = q " " w[int(rand() * 14) + 1]
			for (k = 0; k < 30; k++)
				a = a " " w[int(rand() * 14) + 1] sprintf("%x", int(rand() * 4096))
			printf "\n%d. **What is%s %d?**\n   **Explanation**:%s.\n", i, q, i, a > file
		}
	}
}'
beq index -q -o whole.idx 0.md 1.md 2.md 3.md || exit 1
BEQ_INDEX_RUN_SIZE=1M beq index -q -o runs.idx 0.md 1.md 2.md 3.md || exit 1
BEQ_INDEX_RUN_SIZE=2M beq index -q -o runs2.idx 0.md 1.md 2.md 3.md || exit 1
cmp whole.idx runs.idx && cmp whole.idx runs2.idx && echo "same bytes"
beq --index runs.idx info --verify > /dev/null && echo "verified"
for p in 'latch[0-9a-f]*ff\b' 'commit abort' '^What is lock' 'sort 9'; do
	printf '%s\t%s\t%s\n' "$p" "$(beq --index runs.idx search --count "$p")" \
	    "$(BEQ_BRUTE=1 beq --index runs.idx search --count "$p")"
done
ls -A
