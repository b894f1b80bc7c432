# quiz --reset says what it forgot on stderr, as beq: quiz: ..., in questions (not cards); stdout stays empty
export XDG_STATE_HOME="$PWD/state"
mkdir -p state/beq
cat > state/beq/builtin.state <<'END'
beq-quiz-state 1
3127a15dd1787112 4102444800 0 518400 2500 2 0 3
857492d4703b0757 0 0 600 2300 0 1 1
c65aa9f90d312f6c 0 0 86400 2500 1 0 3
END
for args in '-c databases' '-c concurrency' '-c misc' '' ''; do
	# shellcheck disable=SC2086 # the words of args are options
	beq quiz --reset $args > out 2> err
	echo "rc=$? stdout: $(wc -c < out) bytes"
	sed "s|$PWD|.|" err >&2
done
