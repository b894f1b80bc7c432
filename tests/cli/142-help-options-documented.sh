# every option a command accepts is in its help text
for o in -i --ignore-case -s --case-sensitive -F --fixed-strings -w --word-regexp -e --regexp -c --category -m --max-count --sort --count --ids; do
	beq help search | grep -q -e " ${o}[ ,=]" || echo "search: $o undocumented"
done
for o in -c --category; do beq help list | grep -q -e " ${o}[ ,=]" || echo "list: $o undocumented"; done
for o in -c --category --seed; do beq help random | grep -q -e " ${o}[ ,=]" || echo "random: $o undocumented"; done
for o in -o --output -q --quiet; do beq help index | grep -q -e " ${o}[ ,=]" || echo "index: $o undocumented"; done
for o in --json --color --index -h --help -V --version; do beq help | grep -q -e " ${o}[ ,=]" || echo "global: $o undocumented"; done
echo checked
