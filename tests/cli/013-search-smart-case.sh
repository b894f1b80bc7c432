# search: smart case - all lower-case matches either case, an upper-case literal makes it exact
q() { out=$(beq search --ids --sort=id "$@"); rc=$?; printf '%s: %s (rc=%s)\n' "$*" "$(echo $out)" "$rc"; }
q deadlock
q Deadlock
q DEADLOCK
q tcp
q TCP
q Tcp
q -F tcp
q -F Tcp
q 'tcp|UDP'
q '\Dtcp'
q '\btcp\b'
q '[A-Z]CP'
