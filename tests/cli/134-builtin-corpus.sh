# the real binary embeds the real corpus: ids 1..100 in order, and 'search deadlock' finds something
beq-builtin list | cut -f 1 > ids
seq 1 100 | cmp - ids && echo "ids 1..100"
beq-builtin info --json | jq -c '[.embedded, .records]'
beq-builtin search --count deadlock | awk '$1 > 0 { print "found" }'
beq-builtin list --json | jq -r '.category' | uniq | sort | uniq -d
beq-builtin categories | awk -F '\t' '{ n += $2 } END { print n }'
