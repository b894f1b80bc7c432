# related: ID<TAB>CATEGORY<TAB>QUESTION of the most similar records, best first
beq related 1
beq related 4
