# show --related --json: each record carries a related array of id, question, score
beq show --json --related 1 2 | jq -c '[.id, .related]'
