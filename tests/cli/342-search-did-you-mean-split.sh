# search: a word glued of two that match as a phrase gets the two first
beq search racecondition
beq search --fuzzy --ids racecondition
