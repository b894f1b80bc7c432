# index: a build that fails after runs were spilled leaves no temp or spill file, and the old index as it was
mkdir qs out
awk 'BEGIN {
	srand(3)
	split("lock latch page index tree hash join scan sort merge", w, " ")
	for (f = 0; f < 4; f++) {
		file = sprintf("qs/%d.md", f)
		print "## Cat" f > file
		for (i = 1; i <= 2500; i++) {
			a = ""
			for (k = 0; k < 30; k++)
				a = a " " w[int(rand() * 10) + 1] sprintf("%x", int(rand() * 4096))
			printf "\n%d. **Question %d?**\n   **Explanation**:%s.\n", i, i, a > file
		}
	}
}'
beq index -q -o out/x.idx qs/0.md || exit 1
cp out/x.idx old.idx
# read last, after the runs of qs were spilled: an input that cannot be
# read (reading /proc/self/mem from its start fails with EIO)
BEQ_INDEX_RUN_SIZE=1M beq index -q -o out/x.idx qs /proc/self/mem
echo "exit $?"
ls -A out
cmp out/x.idx old.idx && echo "the old index is intact"
# and an output directory that is not there: nothing made anywhere
BEQ_INDEX_RUN_SIZE=1M beq index -q -o none/x.idx qs/0.md
echo "exit $?"
ls -A out
