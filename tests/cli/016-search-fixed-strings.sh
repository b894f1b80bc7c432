# search -F/--fixed-strings: regular expression characters are literal
q() { out=$(beq search --ids --sort=id "$@"); rc=$?; printf '%s: %s (rc=%s)\n' "$*" "$(echo $out)" "$rc"; }
q -F 'B-tree (or'
q --fixed-strings 'B-tree (or hash)'
q 'a.b'
q -F 'a.b'
q -F '^What'
q '^What' -m 2 --sort=id
q -F '[Ss]ervice'
q -F '\QACID'
q -F 'Retry-After'
