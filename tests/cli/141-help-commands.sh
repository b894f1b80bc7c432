# CMD -h, CMD --help, --help CMD and 'help CMD' print the same command help on stdout, exit 0
for c in search show list categories random index info help; do
	echo "== $c"
	beq help $c > a.txt || echo "help $c: rc=$?"
	beq $c --help > b.txt || echo "$c --help: rc=$?"
	beq $c -h > c.txt || echo "$c -h: rc=$?"
	beq --help $c > d.txt || echo "--help $c: rc=$?"
	for f in b c d; do cmp -s a.txt $f.txt || echo "$c: help texts differ ($f)"; done
	cat a.txt
done
