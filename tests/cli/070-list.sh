# list: ID<TAB>CATEGORY<TAB>QUESTION for every record, in corpus order
beq list
