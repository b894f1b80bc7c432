# related -m N: at most N records; the default is 5
beq related -m 2 4
beq related --max-count=1 4
beq related 4 | wc -l
