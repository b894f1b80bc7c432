# show --related: the ids right-aligned so that the questions start in one column, and a long question wrapped to the width under its first word
beq show --related 4 | sed -n '/^Related:/,$p'
beq show --related --width 40 4 | sed -n '/^Related:/,$p'
