# show --json: id, category, question, answer - and no matches or score
beq show --json 9
