# index: the spill file is made next to the output and unlinked at once; killed mid-way, the build leaves no file behind
mkdir out
awk 'BEGIN {
	print "## Cat"
	for (i = 1; i <= 5000; i++)
		printf "\n%d. **Question %d?**\n   **Explanation**: answer %x.\n", i, i, i * 7919
}' > bank.md
mkfifo pipe
BEQ_INDEX_RUN_SIZE=1M beq index -q -o out/x.idx bank.md pipe &
pid=$!
# opened once the bank is read: beq then waits on the pipe
exec 3> pipe
printf '## More\n\n1. **Late?**\n   **Explanation**: Never indexed.\n' >&3
# what beq has open in out/: the temp file, and the spill file deleted
if [ -d "/proc/$pid/fd" ]; then
	for f in /proc/"$pid"/fd/*; do
		l=$(readlink "$f") || continue
		case $l in "$PWD"/out/*) echo "${l#"$PWD"/}" ;; esac
	done | sed 's/\.\(beq-[a-z]*\)\.[A-Za-z0-9]\{6\}/.\1.XXXXXX/' | sort
else
	printf '%s\n' "out/.beq-index.XXXXXX" "out/.beq-spill.XXXXXX (deleted)"
fi
kill -TERM "$pid"
{ wait "$pid"; echo "exit $?"; } 2> /dev/null
exec 3>&-
ls -A out
