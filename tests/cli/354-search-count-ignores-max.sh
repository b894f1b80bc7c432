# search --count counts every matching record: -m limits the records printed, and a count prints none (from the config file, as in the README, or the command line)
beq search --count lock
beq search --count -m 2 lock
beq search --json --count -m 1 lock
beq search -m 2 --count -0 lock | tr '\0' '\n'
echo "-- -m still limits what is printed:"
beq search --ids -m 2 lock | tr '\n' ' '; echo
beq search --oneline -m 1 lock
echo "-- with -m in the config file (the README's example):"
mkdir -p "$XDG_CONFIG_HOME/beq"
printf 'search -m 2\n' > "$XDG_CONFIG_HOME/beq/config"
beq search --count lock
beq search --ids lock | tr '\n' ' '; echo
echo "-- --fuzzy counts the records of the search it makes instead:"
beq search --fuzzy --count -m 1 deadlok 2>&1
