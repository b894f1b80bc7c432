# search --not PATTERN (repeatable): drops the records it matches in any field searched, with -i/-s/-F/-w as other patterns; alone, every record it does not match is a hit; its matches are neither shown nor scored; index and brute force agree
q() { out=$(beq search --ids --sort=id "$@"); rc=$?; printf '%s: %s (rc=%s)\n' "$*" "$(echo $out)" "$rc"; }
q lock
q lock --not dead
q lock --not dead --not mutex
q --not=dead lock
q lock --not DEADLOCK
q lock -i --not DEADLOCK
q lock -w --not dead
q lock -F --not 'dead lock'
q lock --not zzzz
q lock --not ''
q --not e
q --not lock
q --not lock --not e
q --not lock -c conc
beq search --count dead --not lock
echo "-- JSON: only the patterns' own matches, and the same scores as without --not"
beq search --json lock --not mutex | jq -c '[.id, .score, [.matches[] | .field]]'
beq search --json lock | jq -c '[.id, .score]'
beq search --json --not lock -c data | jq -c '[.id, .score, .matches]'
echo "-- index and brute force agree"
for args in 'lock --not dead' '--not lock' '--not e --not a' 'e --not ^A' \
    '--not [0-9]{3} -c net' '--not (?i)tcp|udp the'; do
	# shellcheck disable=SC2086
	beq search --json --sort=id $args > idx.json
	a=$?
	# shellcheck disable=SC2086
	BEQ_BRUTE=1 beq search --json --sort=id $args > brute.json
	b=$?
	if [ $a = $b ] && cmp -s idx.json brute.json; then
		printf '%s: same (%s hits)\n' "$args" $(($(wc -l < idx.json)))
	else
		printf '%s: DIFFERENT (rc %s vs %s)\n' "$args" $a $b
	fi
done
echo "-- a bad --not pattern is an error"
beq search lock --not '('
echo "rc=$?"
beq search lock --not
echo "rc=$?"
