# search: -m N prints the best N of all the hits in score order (ties by id), with or without the scan path
beq search --ids -i e | tr '\n' ' '
echo
for m in 1 3 10 11 12; do
	beq search --ids -m "$m" -i e | tr '\n' ' '
	echo
	BEQ_SCAN=always beq search --ids -m "$m" -i e | tr '\n' ' '
	echo
done
beq search --json -m 2 -i e > a
beq search --json -i e | head -2 > b
cmp a b && echo json the same
