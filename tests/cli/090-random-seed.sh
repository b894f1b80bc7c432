# random --seed: the same seed gives the same record, in text and JSON
beq random --seed 42 > a.txt || exit 1
beq random --seed 42 > b.txt || exit 1
cmp a.txt b.txt && echo "text: same"
beq random --seed=42 --json > a.json || exit 1
beq --json random --seed 42 > b.json || exit 1
cmp a.json b.json && echo "json: same"
# the text and JSON name the same record, and it is a whole record
id=$(jq .id a.json)
[ "$(head -1 a.txt | cut -d ' ' -f 1)" = "$id" ] && echo "same record"
beq show "$id" | cmp - a.txt && echo "text is 'show ID'"
beq show --json "$id" | cmp - a.json && echo "json is 'show --json ID'"
