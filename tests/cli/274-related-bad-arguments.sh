# related: a non-numeric id, no id, two ids, a bad -m: usage errors, exit 2
beq related abc; echo $?
beq related; echo $?
beq related 1 2; echo $?
beq related -m 0 1; echo $?
beq related -m x 1; echo $?
beq related 0; echo $?
