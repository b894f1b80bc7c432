# a corrupt state file is reported, set aside (never lost), and the quiz starts afresh
export XDG_STATE_HOME="$PWD/state"
mkdir -p state/beq
printf 'beq-quiz-state 1\nc65aa9f90d312f6c 0 0 86400 2500 1 0 3\nthis is not a card\n' > state/beq/builtin.state
beq quiz --stats -c databases 2>&1 | sed "s|$PWD|.|g"
ls state/beq
cat state/beq/builtin.state.corrupt-1
printf 'garbage\n' > state/beq/builtin.state
beq quiz --stats --json -c misc 2>&1 | sed "s|$PWD|.|g"
ls state/beq
: > state/beq/builtin.state
beq quiz --reset -c misc 2>&1 | sed "s|$PWD|.|g"
ls state/beq
