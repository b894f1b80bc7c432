# search --fuzzy: every unknown word of a pattern is replaced; the known ones stay
beq search --fuzzy --ids 'dedlock detektion'
beq search --fuzzy --count deadlock trnsaction
