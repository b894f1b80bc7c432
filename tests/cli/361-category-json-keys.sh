# a category's JSON object names it with the same keys everywhere: name and slug, in categories --json and quiz --stats --json
export XDG_STATE_HOME="$PWD/state"
beq categories --json | jq -c '{name, slug}'
beq quiz --stats --json | jq -c '{name, slug}'
# every key of a category in categories --json is in quiz --stats --json too, but count (quiz's is total)
a=$(beq categories --json | head -n 1 | jq -c 'keys - ["count"]')
b=$(beq quiz --stats --json | head -n 1 | jq -c 'keys')
echo "$a in $b: $(jq -n --argjson a "$a" --argjson b "$b" '$a - $b == []')"
