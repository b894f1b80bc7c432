# search --fuzzy --json: the records on stdout, the substitution on stderr
beq --json search --fuzzy mutx | jq -c '[.id, .matches[0]]'
