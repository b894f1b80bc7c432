# the command line replaces the config file's value of the same option: a value (--color, --width, --index, -m, --sort, --seed, quiz --count), -i/-s, the -c list (-c '' empties it), the -e, -f, --not lists, what search prints (--count, --ids, --oneline, -q); a quiz's defaults leave --stats and --reset alone, index -o leaves --explain alone
mkdir -p "$XDG_CONFIG_HOME/beq"
conf="$XDG_CONFIG_HOME/beq/config"
echo "-- a value: the command line's (last wins)"
printf -- '--width 30\nsearch --sort=id\nsearch -m 1\nrandom --seed 1\n' > "$conf"
beq search lock | head -3
beq search --width 200 --sort=score -m 2 lock | grep -c '^[0-9]'
beq random | head -1
beq random --seed 2 | head -1
printf '## Go\n\n1. **What is a goroutine?**\n   **Explanation**: A function.\n' > my.md
beq --no-config index -q -o my.idx my.md
printf -- '--index nosuch.idx\n--color=never\n' > "$conf"
beq --index my.idx list
beq --index my.idx --color show 1 | grep -c "$(printf '\033')"
echo "-- -i and -s replace each other:"
printf 'search -s\n' > "$conf"
beq search --ids DEADLOCK | tr '\n' ' '; echo
beq search -i --ids DEADLOCK | tr '\n' ' '; echo
echo "-- -c: the command line's replace all of the config file's; -c '' empties the list:"
printf 'search -c databases\nlist -c databases\nlist -c concurrency\nrandom -c misc\nquiz -c net\n' > "$conf"
beq search --ids lock | tr '\n' ' '; echo
beq search --ids -c concurrency lock | tr '\n' ' '; echo
beq search --ids -c '' lock | tr '\n' ' '; echo
beq list | cut -f1 | tr '\n' ' '; echo
beq list -c net | cut -f1 | tr '\n' ' '; echo
beq list -c net -c misc | cut -f1 | tr '\n' ' '; echo
beq list --category= | cut -f1 | tr '\n' ' '; echo
beq list -c '' -c misc | cut -f1 | tr '\n' ' '; echo
beq random --seed 1 -c databases | head -1 | cut -c1-12
beq quiz --stats | cut -c1-16
beq quiz --stats -c '' | cut -c1-16
echo "-- -e: the command line's replace the config file's:"
printf 'search -e mutex\n' > "$conf"
beq search --ids | tr '\n' ' '; echo
beq search --ids -e deadlock | tr '\n' ' '; echo
beq search --ids lock | tr '\n' ' '; echo
echo "-- -f and --not: the command line's replace the config file's:"
printf 'mutex\n' > pats; printf 'deadlock\n' > pats2; printf 'lock\n' > pats3
printf 'search -f pats\nsearch --not=race\n' > "$conf"
beq search --ids | tr '\n' ' '; echo
beq search --ids -f pats2 | tr '\n' ' '; echo
beq search --ids lock | tr '\n' ' '; echo
beq search --ids -f pats3 | tr '\n' ' '; echo
beq search --ids -f pats3 --not=zzz | tr '\n' ' '; echo
echo "-- what search prints: --count, --ids, --oneline or -q of the command line replaces the config file's"
printf 'search --ids\n' > "$conf"
beq search --count lock
beq search --oneline lock | head -1
beq search --count --ids lock 2>&1 | head -1
beq search -q lock; echo "rc=$?"
printf 'search -q\n' > "$conf"
beq search --count lock
printf 'search --count\nsearch --ids\n' > "$conf"
beq search lock 2>&1 | sed "s|$XDG_CONFIG_HOME|XDG|" | head -1
echo "-- quiz: the config file's --count, --seed and --json are a quiz's defaults, unused by --stats and --reset; on the command line they are errors there"
printf 'quiz --count 10\nquiz --seed 3\n--json\n' > "$conf"
beq quiz --stats -c databases | jq -c .
beq quiz --reset -c databases 2>&1 | sed "s|$XDG_STATE_HOME|STATE|"
beq --no-config quiz --stats --count 10 2>&1 | head -1
beq quiz --reset --seed 3 2>&1 | head -1
echo "-- index: the config file's -o is unused by --explain; on the command line it is an error"
printf 'index -o out.idx\n' > "$conf"
beq index --explain my.md | head -1
beq index --explain -o out.idx my.md 2>&1 | head -1
ls out.idx 2>&1 | sed 's/^ls: //'
echo "-- a flag in the config file holds (--json); --no-config reads none:"
printf -- '--json\n' > "$conf"
beq list -c misc | jq -c .id | tr '\n' ' '; echo
beq --no-config list -c misc | cut -f1 | tr '\n' ' '; echo
