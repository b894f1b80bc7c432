# search -c/--category: slug, name, any case, unique slug prefix, repeatable (any of them)
q() { out=$(beq search --ids --sort=id "$@"); rc=$?; printf '%s: %s (rc=%s)\n' "$*" "$(echo $out)" "$rc"; }
q dead
q -c databases dead
q -c Concurrency dead
q -c CONCURRENCY dead
q --category='Networking & APIs' e
q -c 'networking & apis' -m 1 e
q -c networking-apis e
q -c net e
q -c n e
q -c conc dead
q -c data -c conc dead
q -c data -c databases dead
q -c misc dead
