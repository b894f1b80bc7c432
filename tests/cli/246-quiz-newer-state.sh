# a state file of a newer format version is an error, left as it is
export XDG_STATE_HOME="$PWD/state"
mkdir -p state/beq
printf 'beq-quiz-state 2\nwhatever comes next\n' > state/beq/builtin.state
beq quiz --stats 2> err
echo "rc=$?"
sed "s|$PWD|.|" err
ls state/beq
echo "-- a version that wraps around to 1 as a 32-bit int is no version 1:"
printf 'beq-quiz-state 4294967297\n00000000000000aa 1 2 3 4 5 6 3\n' \
    > state/beq/builtin.state
beq quiz --stats 2> err
echo "rc=$?"
sed "s|$PWD|.|" err
ls state/beq
