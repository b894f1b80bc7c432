# info --json: one object; embedded index, counts and a list of sources
beq info --json > info.json || exit 1
wc -l < info.json | tr -d ' '
jq -c '[.index, .embedded, .format, .records, .categories, .sources]' info.json
jq -c '[.bytes, .trigrams, .text_bytes, .postings_bytes] | map(type == "number" and . > 0)' info.json
jq -c 'keys_unsorted' info.json
