# search: caseless matching of non-ASCII letters (smart case looks at non-ASCII upper case too)
q() { out=$(beq search --ids --sort=id "$@"); rc=$?; printf '%s: %s (rc=%s)\n' "$*" "$(echo $out)" "$rc"; }
q ünicode
q ÜNICODE
q -i ÜNICODE
q -s ünicode
q réseau
q RÉSEAU
q Réseau
q -i RÉSEAU
q größe
q GRÖẞE
q -i GRÖẞE
q 東京
q -F 'é'
q 'r.seau'
q 'qu.est'
