# show --json with several ids: one line each, in the order given
beq show 11 3 --json
beq show --json 1 2 3 4 5 6 7 8 9 10 11 | jq -c '[.id, .category]'
