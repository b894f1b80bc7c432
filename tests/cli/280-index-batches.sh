# index: input over several read-ahead batches (8 MiB each) is parsed while the next is read, and comes out in input order, warnings too
for f in 1 2 3 4; do
	awk -v f=$f 'BEGIN {
		printf "## Topic %d\n\n", f
		for (k = 1; k <= 9000; k++) {
			if (k == 4500)
				printf "%d. not a bold question\n\n", k
			printf "%d. **Question %d of file %d?**\n   ", k, k, f
			for (w = 0; w < 40; w++)
				printf "answer%d ", w
			printf "\n\n"
		}
	}' > part$f.md
done
beq index -o big.idx . 2>&1 | sed 's/^beq: //'
beq --index big.idx list | wc -l
beq --index big.idx list | sed -n '1p;9000p;9001p;$p'
beq --index big.idx categories
