# with SIGPIPE ignored (as some parents leave it), a closed pipe still ends quietly: EPIPE is no error, no message
trap '' PIPE
mkfifo fifo
# fd 5 writes into a pipe whose only reader (fd 4) is closed again at once:
# every write gets EPIPE/SIGPIPE, with no race against a reader exiting
exec 4<> fifo 5> fifo 4<&-
for cmd in list 'list --json' 'search e' 'show 1' info --help; do
	# shellcheck disable=SC2086
	beq $cmd >&5 2> err
	rc=$?
	case $rc in 0 | 141) rc=quiet ;; esac
	echo "$cmd: $rc $(cat err)"
done
