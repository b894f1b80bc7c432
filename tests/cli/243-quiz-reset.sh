# quiz --reset removes the index's state file, asking nothing
export XDG_STATE_HOME="$PWD/state"
mkdir -p state/beq
printf 'beq-quiz-state 1\nc65aa9f90d312f6c 0 0 86400 2500 1 0 3\n' > state/beq/builtin.state
beq quiz --reset 2>&1 | sed "s|$PWD|.|"
ls state/beq
beq quiz --reset 2>&1 | sed "s|$PWD|.|"
beq quiz --stats | tail -1
