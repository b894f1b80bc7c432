# search: an ASCII ' also matches the typographic ‘ ’, and " matches “ ” (with -F too)
q() { out=$(beq search --ids --sort=id "$@"); rc=$?; printf '%s: %s (rc=%s)\n' "$*" "$(echo $out)" "$rc"; }
q "database's"
q "it's"
q "'old'"
q '"counting"'
q "qu'un"
q "qu'est-ce"
q "[']old"
q -F "database's"
q -F "it's a \"counting\" lock"
q -F "'old'"
q -w "it's"
q "it‘s"
q "database’s"
