# search -q/--quiet: nothing on stdout, exit 0 on a match, 1 on none, 2 on an error; it wins over --json, --count, --ids, --oneline and -0, and suggests no words (--fuzzy still searches again, and says so)
for args in 'dead' 'zzzz' 'deadlok' '--json dead' '--count dead' \
    '--count zzzz' '--json --count zzzz' '--ids dead' '--oneline -0 dead' \
    '-c conc tcp' '-c net tcp' '--not dead lock' '--not lock dead' \
    '--quiet webhook' '-e (' '-c nosuch dead'; do
	# shellcheck disable=SC2086
	beq search -q $args > out 2> err
	printf '%s: rc=%s stdout=%s bytes\n' "$args" $? "$(wc -c < out | tr -d ' ')"
	sed 's/^/  stderr: /' err
done
echo "-- --fuzzy"
beq search -q --fuzzy deadlok
echo "rc=$?"
