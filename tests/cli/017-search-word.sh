# search -w/--word-regexp: whole words only
q() { out=$(beq search --ids --sort=id "$@"); rc=$?; printf '%s: %s (rc=%s)\n' "$*" "$(echo $out)" "$rc"; }
q dead
q -w dead
q --word-regexp lock
q -w 'dead lock'
q -w dea
q -w 'dead|live'
q -w -F mutex
q -w größe
q -w 'ship'
q -w -F '(two words)'
q -w -F 'B-tree (or'
q -w 'words\)'
q -w -F 'Retry-After'
q -w -F 'etry-After'
