# categories: SLUG<TAB>COUNT<TAB>NAME per category, in corpus order
beq categories
