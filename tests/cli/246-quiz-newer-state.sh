# a state file of a newer format version is an error, left as it is
export XDG_STATE_HOME="$PWD/state"
mkdir -p state/beq
printf 'beq-quiz-state 2\nwhatever comes next\n' > state/beq/builtin.state
beq quiz --stats 2> err
echo "rc=$?"
sed "s|$PWD|.|" err
ls state/beq
