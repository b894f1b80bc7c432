# index: words are counted once a record across batches and threads (240,000 distinct words in 2.5 MB: the word table's slots grow and its words fill several pieces), the text written beside them is every record's, and runs spilled make the same bytes
# 4 files of 2,500 records: each answer has 24 words of its own (a
# counter in letters) and a few shared, counted in records: zqxc in 5
# (20 times in one of them), zqxa in 4 of 3 files, zqxb in 3 (twice in
# two of them), so that did-you-mean ranks them c, a, b
awk 'BEGIN {
	n = 0
	for (f = 0; f < 4; f++) {
		file = sprintf("%d.md", f)
		print "## Cat" f > file
		for (i = 1; i <= 2500; i++) {
			a = ""
			for (k = 0; k < 24; k++) {
				w = ""
				for (x = n++; x > 0 || w == ""; x = int(x / 26))
					w = w substr("abcdefghijklmnopqrstuvwxyz", x % 26 + 1, 1)
				a = a " y" w
			}
			if (i == 7 && f != 2) a = a " zqxa"
			if (i == 9 && f == 3) a = a " Zqxa"
			if (i == 11 && f < 2) a = a " zqxb zqxb"
			if (i == 13 && f == 3) a = a " ZQXB"
			if (i == 5) a = a " zqxc"
			if (i == 17 && f == 1)
				for (k = 0; k < 20; k++) a = a " zqxc"
			printf "\n%d. **Question %d of %d?**\n   **Explanation**: Shared words%s.\n", i, i, f, a > file
		}
	}
}'
beq index -q -o whole.idx 0.md 1.md 2.md 3.md || exit 1
BEQ_INDEX_RUN_SIZE=1M beq index -q -o runs.idx 0.md 1.md 2.md 3.md || exit 1
cmp whole.idx runs.idx && echo "same bytes"
beq --index whole.idx info --verify > /dev/null && echo "verified"
beq --index whole.idx list | wc -l | tr -d ' '
beq --index whole.idx search -F 'Question 2500 of 3?'
beq --index whole.idx search -w zqxd
for w in zqxa zqxb zqxc; do
	echo "$w $(beq --index whole.idx search -w --count "$w")"
done
