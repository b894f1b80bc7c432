# search -e/--regexp: patterns that start with '-', repeatable, combined with positional ones
q() { out=$(beq search --ids --sort=id "$@"); rc=$?; printf '%s: %s (rc=%s)\n' "$*" "$(echo $out)" "$rc"; }
q -e -oriented
q --regexp=-oriented
q --regexp -oriented
q -e tcp -e udp
q -e tcp dns
q -e tcp deadlock
q -F -e '-oriented and'
