# quiz: bad options and combinations are usage errors (exit 2)
export XDG_STATE_HOME="$PWD/state"
for args in '--count 0' '--count x' '--count=1000001' '--seed -1' '--stats --reset' \
	'--stats --count 3' '--reset --seed 1' '--json' '--json --reset' 'extra' \
	'--stats -c bogus' '--bogus' '--count'; do
	# shellcheck disable=SC2086
	beq quiz $args > out 2> err
	echo "$args: rc=$? $(head -1 err)"
	cat out
done
[ -e state ] || echo "no state directory"
