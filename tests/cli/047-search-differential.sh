# search: the index never loses a hit - results equal a brute-force scan (BEQ_BRUTE=1)
for p in dead 'dead lock' '-w lock' '-F a.b' 'x*' '^What' 'tcp|udp' '[0-9]{3}' "it's" '300 k' ship 'ünicode' '(?i)acid' 'a(?=b)' '\bis\b' 'q[^u]' '.' 'zzz' '東京|größe' 'idempoten(t|cy)'; do
	# shellcheck disable=SC2086
	case $p in -*) set -- $p ;; *) set -- "$p" ;; esac
	beq search --json --sort=id "$@" > idx.json
	a=$?
	BEQ_BRUTE=1 beq search --json --sort=id "$@" > brute.json
	b=$?
	if [ $a = $b ] && cmp -s idx.json brute.json; then
		printf '%s: same (%s hits)\n' "$p" $(($(wc -l < idx.json)))
	else
		printf '%s: DIFFERENT (rc %s vs %s)\n' "$p" $a $b
	fi
done
