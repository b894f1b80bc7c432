# show: one record in full - id and category, question, indented answer wrapped at 80
beq show 3
