# index killed while it works (SIGTERM, SIGINT, SIGKILL): the previous index file is left intact, and a caught signal leaves no temp file
printf '## Old\n\n* What was here before?\n' > old.md
beq index -q -o x.idx old.md
cp x.idx before.idx
mkfifo in
for sig in TERM INT KILL; do
	beq index -q -o x.idx in &
	pid=$!
	# opening the pipe waits for beq to open it: by then it is running,
	# its handlers set; it then waits for the rest of its input, and dies
	exec 3> in
	printf '## New\n\n* What is new?\n' >&3
	kill -s "$sig" "$pid"
	wait "$pid"
	echo "$sig: exit $?"
	exec 3>&-
	cmp -s x.idx before.idx && echo "$sig: old index intact"
	beq --index x.idx list
	case $sig in
	KILL) rm -f .beq-index.* ;;
	*) ls -a | grep -q '^\.beq-index\.' && echo "$sig: temp file left" ;;
	esac
done 2> err
# the shell's own job reports are not beq's
sed '/^Terminated/d; /^Killed/d; /^Interrupt/d' err >&2
# a pipe named on the command line is read like stdin
printf '## Piped\n\n* What came through a pipe?\n' > in &
beq index -q -o p.idx in
beq --index p.idx list
