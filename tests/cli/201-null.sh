# -0/--null: records end with NUL instead of a newline, in search (lines, ids, JSON, whole records), list and categories
show() { tr '\0\n' '@|'; echo; }
beq search -0 --oneline lock | show
beq search --null --ids lock | show
beq search -0 --count lock | show
beq search -0 --json -m 1 lock | tr '\0' '@' | jq -R -c 'split("@") | map(select(. != "") | fromjson | .id)'
echo "-- whole records: no blank line between them, NUL after each"
beq search -0 -m 2 lock | show
beq list -0 -c databases | show
beq list --null --json -c net | tr '\0' '\n' | jq -c .id
beq categories -0 | show
beq categories --null --json | tr -cd '\0' | wc -c
echo "-- no stray newline anywhere:"
beq list -0 | tr -cd '\n' | wc -c
