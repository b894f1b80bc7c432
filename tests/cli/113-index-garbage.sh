# --index with a file that is not an index: "not a beq index", exit 2
i=0
while [ $i -lt 40 ]; do
	echo "this is a plain text file, not an index at all"
	i=$((i + 1))
done > notes.txt
beq --index notes.txt search x
