# quiz: a state directory that cannot be read or written is an error (exit 2)
XDG_STATE_HOME=/dev/null/x beq quiz --stats
echo "rc=$?"
mkdir -p state/beq
printf 'beq-quiz-state 1\nc65aa9f90d312f6c 0 0 86400 2500 1 0 3\n' > state/beq/builtin.state
: > notadir
XDG_STATE_HOME="$PWD/state" beq quiz --stats > /dev/full
echo "rc=$?"
