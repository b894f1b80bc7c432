# search -s/--case-sensitive: lower-case patterns match exactly
q() { out=$(beq search --ids --sort=id "$@"); rc=$?; printf '%s: %s (rc=%s)\n' "$*" "$(echo $out)" "$rc"; }
q -s deadlock
q --case-sensitive Deadlock
q -s DEADLOCK
q -s tcp
q -s ünicode
q -s -F 'b-tree'
