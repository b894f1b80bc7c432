# search: several patterns - every one must match, each in either field; no match spans question and answer
q() { out=$(beq search --ids --sort=id "$@"); rc=$?; printf '%s: %s (rc=%s)\n' "$*" "$(echo $out)" "$rc"; }
q dead lock
q tcp dns
q race mutex
q tcp deadlock
q 'deadlock\?.*A deadlock'
q -F 'deadlock? A deadlock'
q 'systems.*There'
q '^A deadlock'
q 'retrying\.$'
q 'systems\?$'
