# search: caseless k matches the Kelvin sign (U+212A) and s the long s (U+017F), as Unicode case folding says
q() { out=$(beq search --ids --sort=id "$@"); rc=$?; printf '%s: %s (rc=%s)\n' "$*" "$(echo $out)" "$rc"; }
q '300 k'
q '300 K'
q -i '300 K'
q -s '300 k'
q -F '300 k'
q '300 K'
q ship
q SHIP
q -i SHIP
q -s ship
q ſhip
q -w ship
