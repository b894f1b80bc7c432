# search -i/--ignore-case: upper-case patterns match either case too
q() { out=$(beq search --ids --sort=id "$@"); rc=$?; printf '%s: %s (rc=%s)\n' "$*" "$(echo $out)" "$rc"; }
q -i DEADLOCK
q --ignore-case Deadlock
q -i Tcp
q -i -F 'B-TREE (OR'
q -i ÜNICODE
q -i RÉSEAU
