# option errors name the offending option, not the one before it: an unknown letter in a cluster ("-based") after a long option, for every command and before the command
beq search --sort=id -based 2>&1 >/dev/null | head -1
for cmd in search show related list categories random quiz index info help; do
	beq $cmd --width=60 -based 2>&1 >/dev/null | head -1
	beq $cmd --json -based 2>&1 >/dev/null | head -1
done
echo "-- after an option that takes a value, and an operand:"
beq search --count -based 2>&1 | head -1
beq search -m 2 lock -based 2>&1 | head -1
beq --json -based list 2>&1 | head -1
echo "-- a letter later in the cluster, and a value missing at its end:"
beq search --count -ib lock 2>&1 | head -1
beq search lock --count -im 2>&1 | head -1
echo "-- a long option still named as written:"
beq search lock -i --ignore-case=1 2>&1 | head -1
beq search lock -i --sort 2>&1 | head -1
beq search -i --countt lock 2>&1 | head -1
echo "-- from the config file:"
mkdir -p "$XDG_CONFIG_HOME/beq"
printf -- 'search --sort=id\nsearch -based\n' > "$XDG_CONFIG_HOME/beq/config"
beq search lock 2>&1 | head -1 | sed "s|$XDG_CONFIG_HOME|XDG|"
