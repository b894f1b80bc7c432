# search --json: every match's start/end are byte offsets that slice the matched text out of its field
check() {
	beq search --json "$@" > hits.json || { echo "$*: rc=$?"; return; }
	jq -r '. as $r | .matches[] | "\($r.id) \(.field) \(.start) \(.end) \($r[.field] | @base64)"' hits.json |
	while read -r id field start end text; do
		printf '%s' "$text" | base64 -d > field.txt
		printf '%s: %s %s %s-%s [%s]\n' "$*" "$id" "$field" "$start" "$end" \
			"$(tail -c +$((start + 1)) field.txt | head -c $((end - start)))"
	done
}
check dead lock
check "database's"
check größe 東京
check '300 k'
check -F '“counting”'
check -w is --sort=id -c misc
