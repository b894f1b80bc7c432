# search --fuzzy: no suggestion, nothing found: exit 1, silent as before
beq search --fuzzy zzzzqq
