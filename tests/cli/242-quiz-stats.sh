# quiz --stats counts due, learned and new questions per category
export XDG_STATE_HOME="$PWD/state"
mkdir -p state/beq
# deadlock (databases): due and learned; index: learned, due in 2100;
# race condition (concurrency): graded "again", due; a card for a
# question no longer in the corpus, kept but not counted
cat > state/beq/builtin.state <<'END'
beq-quiz-state 1
# key due reviewed interval ease reps lapses last
0000000000000001 0 0 86400 2500 1 0 3
3127a15dd1787112 4102444800 0 518400 2500 2 0 3
857492d4703b0757 0 0 600 2300 0 1 1
c65aa9f90d312f6c 0 0 86400 2500 1 0 3
END
beq quiz --stats
beq quiz --stats --json
beq quiz --stats -c conc -c misc
beq quiz --json --stats -c databases
