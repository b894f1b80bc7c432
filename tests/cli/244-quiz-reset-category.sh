# quiz --reset -c CAT forgets only the progress of CAT's questions
export XDG_STATE_HOME="$PWD/state"
mkdir -p state/beq
cat > state/beq/builtin.state <<'END'
beq-quiz-state 1
0000000000000001 0 0 86400 2500 1 0 3
3127a15dd1787112 4102444800 0 518400 2500 2 0 3
857492d4703b0757 0 0 600 2300 0 1 1
c65aa9f90d312f6c 0 0 86400 2500 1 0 3
END
beq quiz --reset -c databases 2>&1 | sed "s|$PWD|.|"
cat state/beq/builtin.state
ls state/beq
beq quiz --reset -c databases 2>&1 | sed "s|$PWD|.|"
