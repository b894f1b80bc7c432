# related --json: full records with a score, best first
beq related --json 1 | jq -c '[.id, .category, .score, (.answer | length > 0)]'
