# search -f FILE: a pattern per line, as grep -f (- for stdin, repeatable), each must match; CRLF and a last line without newline read; an empty line matches all, an empty file adds nothing (no pattern at all: nothing found); a missing file, a directory or a NUL byte is an error (exit 2)
q() { out=$(beq search --ids --sort=id "$@" < "${IN:-/dev/null}"); rc=$?; printf '%s: %s (rc=%s)\n' "$*" "$(echo $out)" "$rc"; }
printf 'dead\nlock\n' > two
printf 'dead\r\nlock\r\n' > crlf
printf 'dead\nlock' > nonl
printf 'race\n' > race
printf '\n' > blank
: > empty
q -f two
q --file=two
q -f crlf
q -f nonl
q -f two -f race
q -f two mutex
q -f two --not race
q -f race -e tcp
IN=two q -f -
IN=race q -f - -f two
q -f blank
q -f blank dead
q -f empty
q -f empty dead
q -f empty --not e
q -f empty --not lock
q -F -f two
echo "-- with --json, --count, --oneline, -q"
printf 'dead\n' | beq search --json --sort=id -f - | jq -c '[.id, .matches]'
printf 'dead\nlock\n' | beq search --count -f -
printf 'dead\nlock\n' | beq search --oneline --sort=id -f -
printf 'dead\nlock\n' | beq search -q -f -
echo "rc=$?"
echo "-- errors"
beq search -f missing.txt dead
echo "rc=$?"
beq search -q -f missing.txt dead
echo "rc=$?"
beq search -f . dead
echo "rc=$?"
printf 'ok\nd\000ad\n' > nul
beq search -f nul
echo "rc=$?"
printf 'dead\n(\n' > bad
beq search -f bad
echo "rc=$?"
beq search -f
echo "rc=$?"
