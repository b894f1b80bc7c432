# random without --seed: one whole record, exit 0
beq random --json > r.json || exit 1
wc -l < r.json | tr -d ' '
id=$(jq .id r.json)
beq show --json "$id" | cmp - r.json && echo "a real record"
beq random | head -1 | grep -c '^[0-9][0-9]*  '
